package com.flextime.optimizer.season;

import com.flextime.domain.conference.CsvTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code altitude-visits A-B;C-D|X-Y}: the women's tennis altitude rotation. A-B and C-D are the altitude pairs
 * (BYU/Utah and Colorado/Texas Tech); a team should not visit both in one season, except the season's rotation pair
 * X-Y (2026: Oklahoma State and Kansas State), which visits every altitude pair. A team visits a pair when it plays
 * a road match at either of its two schools; an altitude team's own pair does not count. The measure per team is the
 * altitude pairs visited beyond one, or, for the rotation pair, the altitude pairs it does not visit.
 */
final class AltitudeVisits implements SeasonRule {

    private final List<Set<String>> altitude = new ArrayList<>();
    private final Set<String> rotation = new HashSet<>();
    private final String text;

    AltitudeVisits(String param) {
        String[] parts = param.split("\\|", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("altitude-visits: expected A-B;C-D|X-Y, got '" + param + "'");
        }
        for (String pair : CsvTable.list(parts[0], ";")) {
            altitude.add(Set.of(teams(pair)));
        }
        if (altitude.size() < 2) {
            throw new IllegalArgumentException("altitude-visits: name at least two altitude pairs, got '"
                    + parts[0] + "'");
        }
        for (String pair : CsvTable.list(parts[1], ";")) {
            rotation.addAll(List.of(teams(pair)));
        }
        this.text = param.trim();
    }

    private static String[] teams(String pair) {
        String[] teams = pair.split("-");
        if (teams.length != 2) {
            throw new IllegalArgumentException("altitude-visits: expected A-B, got " + pair);
        }
        return new String[] {teams[0].trim(), teams[1].trim()};
    }

    @Override
    public String id() {
        return "altitude-visits";
    }

    @Override
    public String name() {
        String[] parts = text.split("\\|", -1);
        return "Altitude pairs " + parts[0].replace(";", ", ") + ": a team visits at most one"
                + (rotation.isEmpty() ? "" : ", the rotation pair " + parts[1].replace(";", ", ") + " visits each")
                + " (per team: pairs visited beyond one, or not visited by the rotation pair)";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        String team = c.teams.get(s.team);
        int visited = 0;
        int others = 0;
        for (Set<String> pair : altitude) {
            if (pair.contains(team)) {
                continue;
            }
            others++;
            for (int i = 0; i < s.size; i++) {
                if (!s.home[i] && pair.contains(c.teams.get(s.opp[i]))) {
                    visited++;
                    break;
                }
            }
        }
        return rotation.contains(team) ? others - visited : Math.max(0, visited - 1);
    }
}
