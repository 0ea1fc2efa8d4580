package com.flextime.optimizer.season;

/** {@code weekend-home-min N}: a team has at least N home games on a Friday, Saturday or Sunday (basketball: 4). */
final class WeekendHomeMin implements SeasonRule {

    private final int min;

    WeekendHomeMin(String param) {
        this.min = SeasonRule.number(param, "weekend-home-min");
    }

    @Override
    public String id() {
        return "weekend-home-min";
    }

    @Override
    public String name() {
        return "At least " + min + " weekend (Friday-Sunday) home games";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int weekend = 0;
        for (int i = 0; i < s.size; i++) {
            if (s.home[i]) {
                for (int d = s.first[i]; d <= s.last[i]; d++) {
                    if (d >= 0 && d < c.dayCount && c.weekend[d]) {
                        weekend++;
                    }
                }
            }
        }
        return Math.max(0, min - weekend);
    }
}
