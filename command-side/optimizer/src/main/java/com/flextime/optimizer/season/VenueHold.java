package com.flextime.optimizer.season;

/**
 * Built in, hard: a team's home venue holds one game at a time. Each home game holds the venue for the sport's hold
 * minutes (gymnastics: 1,350), so two home games must start at least that far apart (the command side's
 * {@code venue-one-game-at-a-time}, which compares games at the same venue).
 */
final class VenueHold implements SeasonRule {

    @Override
    public String id() {
        return "venue-one-game-at-a-time";
    }

    @Override
    public String name() {
        return "A venue holds one game at a time";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int clashes = 0;
        long previous = Long.MIN_VALUE / 4;
        for (int i = 0; i < s.size; i++) {
            if (!s.home[i]) {
                continue;
            }
            for (int d = s.first[i]; d <= s.last[i]; d++) {
                long minute = (long) d * 1440 + (d >= 0 && d < c.dayCount ? c.minuteOfDay[d] : 0);
                if (minute - previous < c.venueHold) {
                    clashes++;
                }
                previous = minute;
            }
        }
        return clashes;
    }
}
