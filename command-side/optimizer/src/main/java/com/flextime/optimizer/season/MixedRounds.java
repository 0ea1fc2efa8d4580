package com.flextime.optimizer.season;

import java.util.Arrays;

/**
 * {@code mixed-rounds} (soft): rounds in which a team plays both at home and on the road. Women's tennis plays its
 * weekends with a travel partner: a pair hosts a pair (home-home) or visits one (away-away), so a weekend with one
 * home and one road match breaks the partner structure.
 */
final class MixedRounds implements SeasonRule {

    @Override
    public String id() {
        return "mixed-rounds";
    }

    @Override
    public String name() {
        return "Rounds with both a home and a road meeting";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int[] seen = s.perRound;
        Arrays.fill(seen, 0);
        int mixed = 0;
        for (int i = 0; i < s.size; i++) {
            int r = s.round[i];
            if (r < 0 || r >= seen.length) {
                continue;
            }
            int before = seen[r];
            seen[r] |= s.home[i] ? 1 : 2;
            if (before != 3 && seen[r] == 3) {
                mixed++;
            }
        }
        return mixed;
    }
}
