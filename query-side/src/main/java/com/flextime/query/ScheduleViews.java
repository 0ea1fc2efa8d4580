package com.flextime.query;

import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import com.flextime.events.SeasonCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** What readers get back: a season with its games, and single games. Same shape live and "as of". */
public final class ScheduleViews {

    private ScheduleViews() {
    }

    public record Window(LocalDate start, LocalDate end) {
    }

    public record GameView(String id, String home, String away, LocalDate date, LocalTime time, String venue,
                           boolean locked) {
    }

    public record ScheduleSummary(String id, String sport, String season, String name, String status,
                                  Window window, List<String> gameDays, List<String> teams, long version) {
    }

    public record ScheduleView(String id, String sport, String season, String name, String status, Window window,
                               List<String> gameDays, List<String> teams,
                               Map<String, List<LocalDate>> teamBlackouts,
                               Map<String, List<LocalDate>> venueBlackouts, long version, List<GameView> games) {
    }

    /** Games in the order a schedule is printed: by date, then start time. */
    static final Comparator<GameView> PRINT_ORDER = Comparator.comparing(GameView::date)
            .thenComparing(GameView::time).thenComparing(GameView::id);

    /** Weekdays as schedulers write them: MON, TUE, ... */
    static String gameDay(DayOfWeek day) {
        return day.name().substring(0, 3);
    }

    static Map<String, List<LocalDate>> sorted(Map<String, ? extends Collection<LocalDate>> blackouts) {
        Map<String, List<LocalDate>> result = new TreeMap<>();
        blackouts.forEach((key, dates) -> result.put(key, dates.stream().sorted().toList()));
        return result;
    }

    /** The view of a schedule rebuilt from its events. */
    public static ScheduleView of(SeasonSchedule schedule) {
        SeasonCalendar calendar = schedule.calendar();
        return new ScheduleView(schedule.id(), schedule.sport(), schedule.season(), schedule.name(),
                schedule.status().name(), new Window(calendar.window().start(), calendar.window().end()),
                days(calendar.gameDays()), schedule.teams(), sorted(calendar.teamBlackouts()),
                sorted(calendar.venueBlackouts()), schedule.version(),
                schedule.games().stream().map(ScheduleViews::of).sorted(PRINT_ORDER).toList());
    }

    static GameView of(Game game) {
        return new GameView(game.id(), game.home(), game.away(), game.date(), game.time(), game.venue(),
                game.locked());
    }

    static List<String> days(Set<DayOfWeek> days) {
        return days.stream().sorted().map(ScheduleViews::gameDay).toList();
    }

    /** Game days as the views write them (MON, TUE, ...) back to weekdays. */
    static Set<DayOfWeek> weekdays(List<String> days) {
        Set<DayOfWeek> result = java.util.EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (days.contains(gameDay(day))) {
                result.add(day);
            }
        }
        return result;
    }
}
