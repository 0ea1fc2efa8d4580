package com.flextime.optimizer.season;

/**
 * {@code open-week-advantage N}: football's "no school plays a conference team coming off an open week more than
 * N times" (N = 2). An opponent comes off an open week when it had no game the round before while the school played
 * ({@link PlaysAfterBye}); the measure is, summed over schools, such games beyond N.
 */
final class OpenWeekAdvantage implements SeasonWideRule {

    private final int max;

    OpenWeekAdvantage(String param) {
        this.max = SeasonRule.number(param, "open-week-advantage");
    }

    @Override
    public String id() {
        return "open-week-advantage";
    }

    @Override
    public String name() {
        return "Games against an opponent coming off an open week, beyond " + max + " per team";
    }

    @Override
    public double measure(SeasonGames games, SeasonContext c) {
        int[] pab = PlaysAfterBye.count(games, c).pab;
        int excess = 0;
        for (int count : pab) {
            excess += Math.max(0, count - max);
        }
        return excess;
    }
}
