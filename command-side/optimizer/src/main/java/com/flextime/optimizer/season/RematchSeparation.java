package com.flextime.optimizer.season;

import java.util.Arrays;

/**
 * {@code rematch-separation N}: the two meetings of a pair start at least N days apart (basketball: 10). Counted once
 * per pair, by the team with the lower index.
 */
final class RematchSeparation implements SeasonRule {

    private final int days;

    RematchSeparation(String param) {
        this.days = SeasonRule.number(param, "rematch-separation");
    }

    @Override
    public String id() {
        return "rematch-separation";
    }

    @Override
    public String name() {
        return "The two meetings of a pair are at least " + days + " days apart";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int[] seen = s.perOpponent;
        Arrays.fill(seen, Integer.MIN_VALUE);
        int close = 0;
        for (int i = 0; i < s.size; i++) {
            int o = s.opp[i];
            if (o > s.team && seen[o] != Integer.MIN_VALUE && s.first[i] - seen[o] < days) {
                close++;
            }
            seen[o] = s.first[i];
        }
        return close;
    }
}
