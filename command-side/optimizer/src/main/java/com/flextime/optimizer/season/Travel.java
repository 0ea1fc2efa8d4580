package com.flextime.optimizer.season;

/**
 * {@code travel G}: a team's travel, measured in hundreds of great-circle miles between campuses. The team starts at
 * home and ends there; between two road meetings at most G days apart it travels straight from one campus to the
 * next (a road trip), otherwise it goes home in between.
 */
final class Travel implements SeasonRule {

    private final int tripGap;

    Travel(String param) {
        this.tripGap = param.isBlank() ? 3 : SeasonRule.number(param, "travel");
    }

    @Override
    public String id() {
        return "travel";
    }

    @Override
    public String name() {
        return "Travel (per 100 miles; road trips when games are at most " + tripGap + " days apart)";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        return miles(s, c, tripGap) / 100.0;
    }

    static double miles(TeamSeason s, SeasonContext c, int tripGap) {
        int t = s.team;
        double[][] miles = c.miles;
        double total = 0;
        int at = t;
        int previousLast = Integer.MIN_VALUE / 2;
        for (int i = 0; i < s.size; i++) {
            int to = s.home[i] ? t : s.opp[i];
            if (at != t && to != t && s.first[i] - previousLast > tripGap) {
                total += miles[at][t];
                at = t;
            }
            total += miles[at][to];
            at = to;
            previousLast = s.last[i];
        }
        return total + miles[at][t];
    }

    int tripGap() {
        return tripGap;
    }
}
