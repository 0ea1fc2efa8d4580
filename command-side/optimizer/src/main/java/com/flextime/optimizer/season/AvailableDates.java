package com.flextime.optimizer.season;

/**
 * Built in, hard. A team plays only on days it can play and hosts only when its venue is free: the season's game
 * days, no-play days (BYU: Sunday), team blackouts (closed dates included) and venue blackouts (campus
 * blackouts), the same facts the command side's {@code no-play-day}, {@code team-blackout} and
 * {@code venue-blackout} rules check.
 */
final class AvailableDates implements SeasonRule {

    @Override
    public String id() {
        return "available-dates";
    }

    @Override
    public String name() {
        return "No game on a no-play day, a team blackout or a blackout of the host's venue";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int bad = 0;
        boolean[] asHost = c.hostBad[s.team];
        boolean[] asVisitor = c.awayBad[s.team];
        for (int i = 0; i < s.size; i++) {
            boolean[] days = s.home[i] ? asHost : asVisitor;
            for (int d = s.first[i]; d <= s.last[i]; d++) {
                if (d < 0 || d >= c.dayCount || days[d]) {
                    bad++;
                }
            }
        }
        return bad;
    }
}
