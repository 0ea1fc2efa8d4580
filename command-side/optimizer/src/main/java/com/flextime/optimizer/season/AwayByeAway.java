package com.flextime.optimizer.season;

/**
 * {@code away-bye-away}: a road meeting, an open round (no meeting), then another road meeting (football: "avoid
 * away-bye-away unless a Thursday game is involved"; the generator plays every game on Saturday, so the exception
 * never applies to what it writes). The measure counts such pairs of road meetings per team.
 */
final class AwayByeAway implements SeasonRule {

    @Override
    public String id() {
        return "away-bye-away";
    }

    @Override
    public String name() {
        return "Away-bye-away: two road games in a row with one open round between them";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int count = 0;
        for (int i = 1; i < s.size; i++) {
            if (!s.home[i] && !s.home[i - 1] && s.round[i - 1] >= 0 && s.round[i] == s.round[i - 1] + 2) {
                count++;
            }
        }
        return count;
    }
}
