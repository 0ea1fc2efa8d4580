package com.flextime.optimizer.season;

import java.util.Arrays;

/** {@code bye-rounds N}: a team has exactly N rounds without a meeting (men's tennis: exactly one bye week). */
final class ByeRounds implements SeasonRule {

    private final int byes;

    ByeRounds(String param) {
        this.byes = SeasonRule.number(param, "bye-rounds");
    }

    @Override
    public String id() {
        return "bye-rounds";
    }

    @Override
    public String name() {
        return "Exactly " + byes + " round" + (byes == 1 ? "" : "s") + " without a game";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int[] count = s.perRound;
        Arrays.fill(count, 0, c.roundCount, 0);
        int used = 0;
        for (int i = 0; i < s.size; i++) {
            int r = s.round[i];
            if (r >= 0 && r < c.roundCount && count[r]++ == 0) {
                used++;
            }
        }
        return Math.abs(c.roundCount - used - byes);
    }
}
