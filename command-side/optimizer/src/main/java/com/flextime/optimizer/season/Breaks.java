package com.flextime.optimizer.season;

/** {@code breaks}: two home or two road meetings in a row (a break), counted per team. */
final class Breaks implements SeasonRule {

    @Override
    public String id() {
        return "breaks";
    }

    @Override
    public String name() {
        return "Home or road breaks (two in a row)";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        return count(s);
    }

    static int count(TeamSeason s) {
        int breaks = 0;
        for (int i = 1; i < s.size; i++) {
            if (s.home[i] == s.home[i - 1]) {
                breaks++;
            }
        }
        return breaks;
    }
}
