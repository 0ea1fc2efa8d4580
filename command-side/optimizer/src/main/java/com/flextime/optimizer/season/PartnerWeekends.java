package com.flextime.optimizer.season;

import java.util.Arrays;

/**
 * {@code home-home-weekends MIN:MAX} / {@code away-away-weekends MIN:MAX}: women's tennis plays its weekends with a
 * travel partner, so a team's two-match weekends are home-home (its pair hosts a pair) or away-away (its pair visits
 * one). The source asks for 2-3 of each per team. A home-home (away-away) round is one with at least two meetings,
 * all at home (all on the road); the measure is how far the team's count lies outside [MIN, MAX].
 */
final class PartnerWeekends implements SeasonRule {

    private final boolean home;
    private final int min;
    private final int max;

    PartnerWeekends(boolean home, String param) {
        this.home = home;
        int[] p = SeasonRule.pair(param, home ? "home-home-weekends" : "away-away-weekends");
        this.min = p[0];
        this.max = p[1];
        if (min < 0 || max < min) {
            throw new IllegalArgumentException(id() + ": expected MIN:MAX with MIN <= MAX, got '" + param + "'");
        }
    }

    @Override
    public String id() {
        return home ? "home-home-weekends" : "away-away-weekends";
    }

    @Override
    public String name() {
        return "Between " + min + " and " + max + (home ? " home-home" : " away-away")
                + " weekends (rounds with two or more meetings, all " + (home ? "at home" : "on the road") + ")";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        // per round: meetings on this rule's side, and meetings on the other side, packed as side + 1,000 * other
        int[] count = s.perRound;
        Arrays.fill(count, 0);
        for (int i = 0; i < s.size; i++) {
            int r = s.round[i];
            if (r >= 0 && r < count.length) {
                count[r] += s.home[i] == home ? 1 : 1000;
            }
        }
        int weekends = 0;
        for (int r = 0; r < count.length; r++) {
            if (count[r] >= 2 && count[r] < 1000) {
                weekends++;
            }
        }
        return Math.max(0, min - weekends) + Math.max(0, weekends - max);
    }
}
