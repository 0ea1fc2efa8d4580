package com.flextime.optimizer.season;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code weekly-miles CAP:G}: the conference's "at most CAP travel miles per team per week". A team's legs are
 * walked by {@link Travel#walk} (road trips when road meetings are at most G days apart); each leg counts in
 * the Monday-to-Sunday week of the game it travels to, a leg home in the week of the last game before it. The
 * measure is the hundreds of miles over the cap, summed over the weeks.
 */
final class WeeklyMiles implements SeasonRule {

    private final int cap;
    private final int tripGap;

    WeeklyMiles(String param) {
        int[] p = SeasonRule.pair(param, "weekly-miles");
        this.cap = p[0];
        this.tripGap = p[1];
    }

    @Override
    public String id() {
        return "weekly-miles";
    }

    @Override
    public String name() {
        return "Travel miles over " + cap + " in a Monday-to-Sunday week (per 100 miles)";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        // day 0 of the season is weekday w: days 0..(7-w) fall in its first week
        int mondayOffset = c.start.getDayOfWeek().getValue() - 1;
        Map<Integer, Double> byWeek = new HashMap<>();
        Travel.walk(s, tripGap, (from, to, day) -> {
            if (from != to) {
                byWeek.merge((day + mondayOffset) / 7, c.miles[from][to], Double::sum);
            }
        });
        double over = 0;
        for (double weekMiles : byWeek.values()) {
            over += Math.max(0, weekMiles - cap);
        }
        return over / 100.0;
    }
}
