package com.flextime.optimizer.season;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code weekend-byes D;D}: basketball's bye placement, "bye dates generally placed mid-week (Tuesday, Wednesday);
 * avoid weekend byes". A bye is a round without a meeting; the measure counts the team's byes in rounds that have a
 * playable day on one of the given weekdays (women's basketball: Saturday or Sunday), so the midweek windows take the
 * byes.
 */
final class WeekendByes implements SeasonRule {

    private final Set<DayOfWeek> days;

    WeekendByes(String param) {
        this.days = SeasonFormats.days(param);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("weekend-byes: name the weekend days, e.g. SAT;SUN");
        }
    }

    @Override
    public String id() {
        return "weekend-byes";
    }

    @Override
    public String name() {
        return "Byes in a round with a game day on " + days.stream()
                .map(d -> d.name().charAt(0) + d.name().substring(1, 3).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + " (byes belong midweek)";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int[] played = s.perRound;
        Arrays.fill(played, 0);
        for (int i = 0; i < s.size; i++) {
            int r = s.round[i];
            if (r >= 0 && r < played.length) {
                played[r] |= 1;
            }
        }
        for (int d = 0; d < c.dayCount; d++) {
            int r = c.roundOfDay[d];
            if (r >= 0 && r < played.length && days.contains(c.weekday[d])) {
                played[r] |= 2;
            }
        }
        int byes = 0;
        for (int r = 0; r < c.roundCount; r++) {
            if (played[r] == 2) {
                byes++;
            }
        }
        return byes;
    }
}
