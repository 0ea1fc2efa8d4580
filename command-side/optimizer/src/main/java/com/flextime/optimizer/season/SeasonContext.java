package com.flextime.optimizer.season;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.Geo;
import com.flextime.domain.conference.School;
import com.flextime.events.SeasonCalendar;
import com.flextime.events.SeasonRules;
import com.flextime.events.SeasonScheduleCreated;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything fixed about one season, indexed for the search: teams, days of the window, rounds and the dates a
 * meeting may start on in each, each team's availability as host and as visitor (taken from the season's own
 * creation event, so it is exactly what the command side's hard rules will check), exam days, start times and the
 * miles between schools.
 */
public final class SeasonContext {

    final SeasonFormat format;
    final SeasonScheduleCreated created;
    final List<String> teams;
    final int n;
    final LocalDate start;
    final int dayCount;
    final DayOfWeek[] weekday;
    /** Friday, Saturday or Sunday. */
    final boolean[] weekend;
    /** Local start time per day (by weekday), in minutes after midnight. */
    final int[] minuteOfDay;
    /** The round a day belongs to, or -1 when it is no playable day. */
    final int[] roundOfDay;
    final int roundCount;
    /** Per round, the days a meeting may start on (a series must fit one of the format's patterns). */
    final int[][] starts;
    final int seriesLength;
    /** Per team and day: true when the team cannot host (no-play day, team or venue blackout) or cannot play. */
    final boolean[][] hostBad;
    final boolean[][] awayBad;
    final boolean[][] exam;
    final double[][] miles;
    /** Per team and day: its campus's offset from UTC in minutes at noon (daylight saving included). */
    final int[][] utcOffset;
    final java.time.ZoneId[] zone;
    final int venueHold;
    final String[] venue;
    /** Other sports' seasons given with {@code --with}, and what they mean for this one (see {@link SharedVenues}). */
    final List<SharedVenues.Season> others;
    /** Per team and day: a home game would overlap another sport's game at the same venue. */
    final boolean[][] venueTaken;
    /** Per other sport: per team and day, the school hosts a game of that sport. */
    final Map<String, boolean[][]> otherHome;
    final Map<String, Integer> index = new HashMap<>();

    SeasonContext(SeasonFormat format, SeasonScheduleCreated created, ConferenceCatalog catalog,
                  SeasonFormats formats) {
        this(format, created, catalog, formats, List.of());
    }

    SeasonContext(SeasonFormat format, SeasonScheduleCreated created, ConferenceCatalog catalog,
                  SeasonFormats formats, List<SharedVenues.Season> others) {
        this.format = format;
        this.others = List.copyOf(others);
        this.created = created;
        this.teams = created.teams();
        this.n = teams.size();
        SeasonCalendar calendar = created.calendar();
        SeasonRules rules = created.rules();
        this.start = calendar.window().start();
        this.dayCount = (int) ChronoUnit.DAYS.between(start, calendar.window().end()) + 1;
        this.weekday = new DayOfWeek[dayCount];
        this.minuteOfDay = new int[dayCount];
        this.weekend = new boolean[dayCount];
        for (int d = 0; d < dayCount; d++) {
            weekday[d] = start.plusDays(d).getDayOfWeek();
            weekend[d] = weekday[d] == DayOfWeek.FRIDAY || weekday[d] == DayOfWeek.SATURDAY
                    || weekday[d] == DayOfWeek.SUNDAY;
            LocalTime time = format.timeOn(weekday[d]);
            minuteOfDay[d] = time.getHour() * 60 + time.getMinute();
        }
        this.roundOfDay = new int[dayCount];
        java.util.Arrays.fill(roundOfDay, -1);
        this.roundCount = format.rounds().size();
        for (int r = 0; r < roundCount; r++) {
            for (LocalDate date : format.rounds().get(r)) {
                roundOfDay[day(date)] = r;
            }
        }
        this.seriesLength = format.seriesLength();
        this.starts = new int[roundCount][];
        for (int r = 0; r < roundCount; r++) {
            Set<Integer> options = new LinkedHashSet<>();
            for (LocalDate date : format.rounds().get(r)) {
                int d = day(date);
                if (fits(d, r)) {
                    options.add(d);
                }
            }
            starts[r] = options.stream().mapToInt(Integer::intValue).toArray();
        }
        this.hostBad = new boolean[n][dayCount];
        this.awayBad = new boolean[n][dayCount];
        this.exam = new boolean[n][dayCount];
        this.venue = new String[n];
        for (int t = 0; t < n; t++) {
            String team = teams.get(t);
            index.put(team, t);
            venue[t] = rules.homeVenues().get(team);
            Set<DayOfWeek> noPlay = rules.noPlayDays(team);
            Set<LocalDate> teamOff = calendar.teamBlackouts(team);
            Set<LocalDate> venueOff = calendar.venueBlackouts(venue[t]);
            Set<LocalDate> exams = formats.examDays(team);
            for (int d = 0; d < dayCount; d++) {
                LocalDate date = start.plusDays(d);
                boolean cannotPlay = noPlay.contains(weekday[d]) || teamOff.contains(date)
                        || !calendar.gameDays().contains(weekday[d]);
                awayBad[t][d] = cannotPlay;
                hostBad[t][d] = cannotPlay || venueOff.contains(date);
                exam[t][d] = exams.contains(date);
            }
        }
        this.miles = new double[n][n];
        this.utcOffset = new int[n][dayCount];
        this.zone = new java.time.ZoneId[n];
        for (int a = 0; a < n; a++) {
            School sa = catalog.school(teams.get(a)).orElseThrow();
            zone[a] = sa.timeZone();
            for (int d = 0; d < dayCount; d++) {
                utcOffset[a][d] = sa.timeZone().getRules().getOffset(start.plusDays(d).atTime(12, 0)
                        .atZone(sa.timeZone()).toInstant()).getTotalSeconds() / 60;
            }
            for (int b = 0; b < n; b++) {
                School sb = catalog.school(teams.get(b)).orElseThrow();
                miles[a][b] = a == b ? 0 : Geo.miles(sa.latitude(), sa.longitude(), sb.latitude(), sb.longitude());
            }
        }
        this.venueHold = rules.venueHoldMinutes();
        this.venueTaken = SharedVenues.taken(this, this.others, catalog);
        this.otherHome = SharedVenues.homeDays(this, this.others);
    }

    /** Does a meeting starting on day d fit inside round r (a series needs one of the patterns)? */
    private boolean fits(int d, int r) {
        if (seriesLength == 1) {
            return true;
        }
        if (d + seriesLength > dayCount) {
            return false;
        }
        for (List<DayOfWeek> pattern : format.seriesPatterns()) {
            boolean ok = true;
            for (int i = 0; i < seriesLength && ok; i++) {
                ok = roundOfDay[d + i] == r && weekday[d + i] == pattern.get(i);
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }

    int day(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(start, date);
    }

    LocalDate date(int day) {
        return start.plusDays(day);
    }

    /** The weekday of a day, also before or after the window. */
    DayOfWeek weekdayOf(int day) {
        return weekday[0].plus(Math.floorMod(day, 7));
    }

    /**
     * A local wall-clock time at team t's campus (day of the window, minutes after midnight, may run past 1440) as
     * minutes on one clock for every campus (UTC, counted from the window's first midnight).
     */
    long absolute(int t, int day, int minute) {
        return (long) day * 1440 + minute - utcOffset[t][Math.max(0, Math.min(dayCount - 1, day))];
    }

    /** How many of a meeting's days (starting on {@code first}) the host or the visitor cannot play. */
    int unavailable(int host, int visitor, int first) {
        int bad = 0;
        for (int i = 0; i < seriesLength; i++) {
            int d = first + i;
            if (d >= dayCount || hostBad[host][d] || venueTaken[host][d]) {
                bad++;
            }
            if (d >= dayCount || awayBad[visitor][d]) {
                bad++;
            }
        }
        return bad;
    }

    public SeasonFormat format() {
        return format;
    }

    public List<String> teams() {
        return teams;
    }

    public int roundCount() {
        return roundCount;
    }

    /** The playable days of each round, as dates. */
    public List<List<LocalDate>> rounds() {
        List<List<LocalDate>> rounds = new ArrayList<>();
        format.rounds().forEach(r -> rounds.add(List.copyOf(r)));
        return rounds;
    }
}
