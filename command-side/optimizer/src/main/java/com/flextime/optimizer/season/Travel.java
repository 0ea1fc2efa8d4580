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
        Sum sum = new Sum(c.miles);
        walk(s, tripGap, sum);
        return sum.total;
    }

    /** One leg of a team's travel: from a campus to another, counted on a day (team indices, day index). */
    interface Leg {
        void travel(int from, int to, int day);
    }

    /**
     * Walks a team's legs in order: from home to each meeting, straight on between road meetings at most
     * {@code tripGap} days apart, home otherwise (a leg home counts on the day of the last game before it) and home
     * at the end. Legs between a campus and itself are walked too (zero miles).
     */
    static void walk(TeamSeason s, int tripGap, Leg leg) {
        int t = s.team;
        int at = t;
        int previousLast = Integer.MIN_VALUE / 2;
        for (int i = 0; i < s.size; i++) {
            int to = s.home[i] ? t : s.opp[i];
            if (at != t && to != t && s.first[i] - previousLast > tripGap) {
                leg.travel(at, t, previousLast);
                at = t;
            }
            leg.travel(at, to, s.first[i]);
            at = to;
            previousLast = s.last[i];
        }
        leg.travel(at, t, previousLast);
    }

    /** Sums the miles of the legs walked. */
    private static final class Sum implements Leg {
        private final double[][] miles;
        private double total;

        Sum(double[][] miles) {
            this.miles = miles;
        }

        @Override
        public void travel(int from, int to, int day) {
            total += miles[from][to];
        }
    }

    int tripGap() {
        return tripGap;
    }
}
