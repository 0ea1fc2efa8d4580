package com.flextime.optimizer.season;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;

/**
 * {@code no-travel-window team=T;window=DAY HH:MM..DAY HH:MM;game=M;road-lead=M;home-lead=M;trip-overhead=M;trip-mph=V}:
 * team T does not travel inside the weekly window, read in local time wherever it is (BYU: Saturday 18:00 to Monday
 * 06:00, its Sabbath). The rule follows the team's itinerary game by game: between two meetings at different places
 * it must make one trip that starts after the earlier game ends ({@code game} minutes after its local start time),
 * arrives {@code road-lead} minutes before a road game or {@code home-lead} before a home game, takes
 * {@code trip-overhead + miles / trip-mph} hours, and touches the window neither at the place it leaves nor at the
 * place it goes to. Each pair of meetings without such a trip is one violation. The team may stay where it is as
 * long as it likes, so a road game on Monday is possible only when the team can arrive before Saturday 18:00 (a
 * free weekend, or an early Saturday game close by); a Saturday game ending after 18:00 followed by a road game on
 * Monday is never possible.
 */
final class NoTravelWindow implements SeasonRule {

    private static final Set<String> OPTIONS = Set.of("team", "window", "game", "road-lead", "home-lead",
            "trip-overhead", "trip-mph");

    private final String team;
    private final DayOfWeek fromDay;
    private final int fromMinute;
    private final int length;
    private final int game;
    private final int roadLead;
    private final int homeLead;
    private final int tripOverhead;
    private final double tripMph;
    private final String text;

    NoTravelWindow(String param) {
        Map<String, String> o = SeasonRule.options(param, "no-travel-window", OPTIONS);
        this.team = require(o, "team");
        String[] window = require(o, "window").split("\\.\\.");
        if (window.length != 2) {
            throw new IllegalArgumentException("no-travel-window: window must be 'DAY HH:MM..DAY HH:MM'");
        }
        String[] from = window[0].trim().split("\\s+");
        String[] to = window[1].trim().split("\\s+");
        this.fromDay = SeasonFormats.day(from[0]);
        this.fromMinute = LocalTime.parse(from[1]).toSecondOfDay() / 60;
        DayOfWeek toDay = SeasonFormats.day(to[0]);
        int toMinute = LocalTime.parse(to[1]).toSecondOfDay() / 60;
        int days = Math.floorMod(toDay.getValue() - fromDay.getValue(), 7);
        this.length = days * 1440 + toMinute - fromMinute;
        if (length <= 0) {
            throw new IllegalArgumentException("no-travel-window: the window must end after it starts");
        }
        this.game = SeasonRule.number(require(o, "game"), "no-travel-window game");
        this.roadLead = SeasonRule.number(require(o, "road-lead"), "no-travel-window road-lead");
        this.homeLead = SeasonRule.number(require(o, "home-lead"), "no-travel-window home-lead");
        this.tripOverhead = SeasonRule.number(require(o, "trip-overhead"), "no-travel-window trip-overhead");
        this.tripMph = SeasonRule.number(require(o, "trip-mph"), "no-travel-window trip-mph");
        this.text = team + " does not travel " + window[0].trim() + " to " + window[1].trim() + " (local)";
    }

    private static String require(Map<String, String> o, String key) {
        String value = o.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("no-travel-window: '" + key + "' is required");
        }
        return value;
    }

    @Override
    public String id() {
        return "no-travel-window";
    }

    @Override
    public String name() {
        return text;
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        Integer t = c.index.get(team);
        if (t == null || s.team != t) {
            return 0;
        }
        int bad = 0;
        for (int i = 1; i < s.size; i++) {
            int from = s.home[i - 1] ? t : s.opp[i - 1];
            int to = s.home[i] ? t : s.opp[i];
            if (from == to) {
                continue;
            }
            int lastDay = s.last[i - 1];
            int firstDay = s.first[i];
            long leave = c.absolute(from, lastDay, minute(c, lastDay) + game);
            long arrive = c.absolute(to, firstDay, minute(c, firstDay) - (to == t ? homeLead : roadLead));
            long trip = tripOverhead + Math.round(c.miles[from][to] / tripMph * 60);
            if (!fits(c, from, to, leave, arrive, trip)) {
                bad++;
            }
        }
        return bad;
    }

    private static int minute(SeasonContext c, int day) {
        return day >= 0 && day < c.dayCount ? c.minuteOfDay[day] : 0;
    }

    /** Is there a trip of {@code trip} minutes inside [leave, arrive] that touches no window at either end? */
    boolean fits(SeasonContext c, int from, int to, long leave, long arrive, long trip) {
        long cursor = leave;
        int firstDay = (int) Math.floorDiv(leave, 1440L) - 7;
        int lastDay = (int) Math.floorDiv(arrive, 1440L) + 1;
        for (int d = firstDay; d <= lastDay; d++) {
            if (c.weekdayOf(d) != fromDay) {
                continue;
            }
            long a = c.absolute(from, d, fromMinute);
            long b = c.absolute(to, d, fromMinute);
            long windowStart = Math.min(a, b);
            long windowEnd = Math.max(a, b) + length;
            if (windowEnd <= cursor) {
                continue;
            }
            if (windowStart >= arrive) {
                break;
            }
            if (windowStart - cursor >= trip) {
                return true;
            }
            cursor = Math.max(cursor, windowEnd);
        }
        return arrive - cursor >= trip;
    }
}
