package com.flextime.command.web;

import com.flextime.domain.schedule.InvalidScheduleRequest;
import com.flextime.events.SeasonWindow;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The JSON bodies of the command endpoints. Bean validation names the field when one is missing. */
public final class ScheduleRequests {

    private ScheduleRequests() {
    }

    /** The season's first and last playing dates, both inclusive. */
    public record Window(@NotNull LocalDate start, @NotNull LocalDate end) {
        SeasonWindow toSeasonWindow() {
            try {
                return new SeasonWindow(start, end);
            } catch (IllegalArgumentException e) {
                throw new InvalidScheduleRequest("window", e.getMessage());
            }
        }
    }

    public record CreateSchedule(@NotBlank String sport, @NotBlank String season, String name,
                                 @NotEmpty List<@NotBlank String> teams, @NotNull @Valid Window window,
                                 @NotEmpty Set<@NotNull GameDay> gameDays,
                                 Map<String, @NotNull Set<@NotNull LocalDate>> teamBlackouts,
                                 Map<String, @NotNull Set<@NotNull LocalDate>> venueBlackouts) {
    }

    public record ChangeSchedule(String name, @Valid Window window, Set<@NotNull GameDay> gameDays,
                                 Map<String, @NotNull Set<@NotNull LocalDate>> teamBlackouts,
                                 Map<String, @NotNull Set<@NotNull LocalDate>> venueBlackouts, String reason) {
    }

    public record NewGame(@NotBlank String home, @NotBlank String away, @NotNull LocalDate date,
                          @NotNull LocalTime time, String venue,
                          String reason) {
    }

    public record Move(LocalDate date, LocalTime time, String venue,
                       String reason) {
    }

    public record Swap(String venue, String reason) {
    }

    /** The optional body of cancel, lock, unlock, publish and archive. */
    public record Reason(String reason) {
        public static String of(Reason body) {
            return body == null ? null : body.reason();
        }
    }

    /** A weekday as a scheduler writes it: MON or MONDAY. */
    public enum GameDay {
        MON(DayOfWeek.MONDAY), TUE(DayOfWeek.TUESDAY), WED(DayOfWeek.WEDNESDAY), THU(DayOfWeek.THURSDAY),
        FRI(DayOfWeek.FRIDAY), SAT(DayOfWeek.SATURDAY), SUN(DayOfWeek.SUNDAY);

        final DayOfWeek day;

        GameDay(DayOfWeek day) {
            this.day = day;
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static GameDay parse(String text) {
            String upper = text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT);
            for (GameDay gameDay : values()) {
                if (gameDay.name().equals(upper) || gameDay.day.name().equals(upper)) {
                    return gameDay;
                }
            }
            throw new IllegalArgumentException("'" + text + "' is not a weekday (MON, TUE, WED, THU, FRI, SAT, SUN)");
        }

        static Set<DayOfWeek> toDays(Set<GameDay> gameDays) {
            return gameDays == null ? null
                    : gameDays.stream().map(g -> g.day).collect(java.util.stream.Collectors.toSet());
        }
    }
}
