package com.flextime.optimizer.season;

import java.util.Arrays;

/**
 * {@code home-drought W}: W rounds in a row without a home game, byes included (football: three straight weeks
 * without a home game); the measure counts every such window of W rounds.
 */
final class HomeDrought implements SeasonRule {

    private final int rounds;

    HomeDrought(String param) {
        this.rounds = SeasonRule.number(param, "home-drought");
    }

    @Override
    public String id() {
        return "home-drought";
    }

    @Override
    public String name() {
        return rounds + " rounds in a row without a home game";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int[] home = s.perRound;
        Arrays.fill(home, 0, c.roundCount, 0);
        for (int i = 0; i < s.size; i++) {
            if (s.home[i] && s.round[i] >= 0) {
                home[s.round[i]] = 1;
            }
        }
        int windows = 0;
        int run = 0;
        for (int r = 0; r < c.roundCount; r++) {
            run = home[r] == 1 ? 0 : run + 1;
            if (run >= rounds) {
                windows++;
            }
        }
        return windows;
    }
}
