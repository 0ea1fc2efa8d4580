package com.flextime.optimizer.season;

import java.time.DayOfWeek;
import java.util.List;

/**
 * {@code no-compressed-pattern D1;D2;D3}: a team never plays consecutive games on these weekdays in a row within one
 * stretch (basketball: Saturday, Monday, Wednesday: three games in five days). Each occurrence counts once.
 */
final class NoCompressedPattern implements SeasonRule {

    private final DayOfWeek[] days;
    /** Days from each pattern day to the next (the next occurrence of that weekday). */
    private final int[] steps;
    private final String text;

    NoCompressedPattern(String param) {
        List<String> items = com.flextime.domain.conference.CsvTable.list(param, ";");
        if (items.size() < 2) {
            throw new IllegalArgumentException("no-compressed-pattern: expected at least two days, got '" + param
                    + "'");
        }
        this.days = new DayOfWeek[items.size()];
        this.steps = new int[items.size()];
        for (int i = 0; i < items.size(); i++) {
            days[i] = SeasonFormats.day(items.get(i));
            if (i > 0) {
                int step = Math.floorMod(days[i].getValue() - days[i - 1].getValue(), 7);
                steps[i] = step == 0 ? 7 : step;
            }
        }
        this.text = String.join("-", items);
    }

    @Override
    public String id() {
        return "no-compressed-pattern";
    }

    @Override
    public String name() {
        return "No " + text + " stretch of games";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int found = 0;
        for (int i = 0; i + days.length <= s.size; i++) {
            if (c.weekdayOf(s.first[i]) != days[0]) {
                continue;
            }
            boolean match = true;
            for (int j = 1; j < days.length && match; j++) {
                match = s.first[i + j] == s.last[i + j - 1] + steps[j];
            }
            if (match) {
                found++;
            }
        }
        return found;
    }
}
