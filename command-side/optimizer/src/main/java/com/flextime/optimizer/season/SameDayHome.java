package com.flextime.optimizer.season;

import java.util.Locale;

/**
 * {@code same-day-home SPORT} (soft): home games on a day the school also hosts SPORT (women's basketball: "minimise
 * men's and women's home games on the same day"; women's tennis: gender doubleheaders). SPORT's season is the one
 * given to {@code generate --with}; without it there is nothing to judge.
 */
final class SameDayHome implements SeasonRule {

    private final String sport;

    SameDayHome(String param) {
        this.sport = param.trim().toUpperCase(Locale.ROOT);
        if (sport.isEmpty()) {
            throw new IllegalArgumentException("same-day-home: name the other sport, e.g. MBB");
        }
    }

    @Override
    public String id() {
        return "same-day-home";
    }

    @Override
    public String name() {
        return "Home games on a day the school also hosts " + sport;
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        boolean[][] other = c.otherHome.get(sport);
        if (other == null) {
            return 0;
        }
        boolean[] hosts = other[s.team];
        int same = 0;
        for (int i = 0; i < s.size; i++) {
            if (s.home[i]) {
                for (int d = Math.max(0, s.first[i]); d <= s.last[i] && d < c.dayCount; d++) {
                    if (hosts[d]) {
                        same++;
                    }
                }
            }
        }
        return same;
    }
}
