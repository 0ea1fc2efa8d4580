package com.flextime.optimizer.season;

import com.flextime.domain.conference.CsvTable;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code partner-saturday DAY|A-B;C-D;...}: a team plays its travel partner once, on DAY (women's tennis: Saturday),
 * on the weekend where that is its only match (the "single-play weekend vs partner" of the sources: BYU-Utah on
 * Saturday 7 March 2026, alone that weekend). Per team, one unit when the partner match is on another weekday, one
 * when the team plays someone else in the same round, and one when it does not play its partner at all.
 */
final class PartnerSaturday implements SeasonRule {

    private final DayOfWeek day;
    private final Map<String, String> partnerOf = new HashMap<>();

    PartnerSaturday(String param) {
        String[] parts = param.split("\\|", 2);
        if (parts.length != 2) {
            throw new IllegalArgumentException("partner-saturday: expected DAY|A-B;C-D, got '" + param + "'");
        }
        this.day = SeasonFormats.day(parts[0]);
        for (String pair : CsvTable.list(parts[1], ";")) {
            String[] teams = pair.split("-");
            if (teams.length != 2) {
                throw new IllegalArgumentException("partner-saturday: expected A-B, got " + pair);
            }
            partnerOf.put(teams[0].trim(), teams[1].trim());
            partnerOf.put(teams[1].trim(), teams[0].trim());
        }
        if (partnerOf.isEmpty()) {
            throw new IllegalArgumentException("partner-saturday: no pairs given");
        }
    }

    @Override
    public String id() {
        return "partner-saturday";
    }

    @Override
    public String name() {
        String d = day.name().charAt(0) + day.name().substring(1).toLowerCase(Locale.ROOT);
        return "The match against the travel partner on a " + d + ", alone in its round (per team: off the "
                + d + ", another match that round, no partner match)";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        String partnerCode = partnerOf.get(c.teams.get(s.team));
        if (partnerCode == null) {
            return 0;
        }
        Integer partner = c.index.get(partnerCode);
        if (partner == null) {
            return 0;
        }
        int at = -1;
        for (int i = 0; i < s.size; i++) {
            if (s.opp[i] == partner) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return 1;
        }
        int units = 0;
        int first = s.first[at];
        if (first < 0 || first >= c.dayCount || c.weekday[first] != day) {
            units++;
        }
        for (int i = 0; i < s.size; i++) {
            if (i != at && s.round[i] == s.round[at]) {
                units++;
                break;
            }
        }
        return units;
    }
}
