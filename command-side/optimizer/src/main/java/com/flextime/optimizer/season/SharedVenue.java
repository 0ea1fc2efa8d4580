package com.flextime.optimizer.season;

/**
 * {@code shared-venue}: a home game never overlaps a game of another sport at the same venue (men's and women's
 * basketball, volleyball, wrestling and gymnastics in one arena; tennis; soccer and lacrosse). The other sports'
 * seasons are those given to {@code generate --with}; two games overlap when they start less than the larger of the
 * two sports' venue holds apart (gymnastics: 1,350 minutes). Counts home game days that overlap.
 */
final class SharedVenue implements SeasonRule {

    @Override
    public String id() {
        return "shared-venue";
    }

    @Override
    public String name() {
        return "No home game overlaps another sport's game at the same venue";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        if (c.others.isEmpty()) {
            return 0;
        }
        boolean[] taken = c.venueTaken[s.team];
        int clashes = 0;
        for (int i = 0; i < s.size; i++) {
            if (s.home[i]) {
                for (int d = Math.max(0, s.first[i]); d <= s.last[i] && d < c.dayCount; d++) {
                    if (taken[d]) {
                        clashes++;
                    }
                }
            }
        }
        return clashes;
    }
}
