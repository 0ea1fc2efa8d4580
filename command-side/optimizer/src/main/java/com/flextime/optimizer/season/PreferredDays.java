package com.flextime.optimizer.season;

import java.time.DayOfWeek;
import java.util.Set;

/**
 * {@code preferred-days D1;D2}: games on other weekdays than the sport's preferred ones (gymnastics: Friday;
 * lacrosse: Saturday; soccer: Thursday, Friday, Sunday, so Monday only when BYU, which never plays Sunday, needs it).
 */
final class PreferredDays implements SeasonRule {

    private final Set<DayOfWeek> days;
    private final String text;

    PreferredDays(String param) {
        this.days = SeasonFormats.days(param);
        this.text = param.trim().replace(";", ", ");
        if (days.isEmpty()) {
            throw new IllegalArgumentException("preferred-days: no days given");
        }
    }

    @Override
    public String id() {
        return "preferred-days";
    }

    @Override
    public String name() {
        return "Games off the preferred weekdays (" + text + ")";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int off = 0;
        for (int i = 0; i < s.size; i++) {
            for (int d = s.first[i]; d <= s.last[i]; d++) {
                if (d < 0 || d >= c.dayCount || !days.contains(c.weekday[d])) {
                    off++;
                }
            }
        }
        // both teams count the game; halve so the score is per game
        return off / 2.0;
    }
}
