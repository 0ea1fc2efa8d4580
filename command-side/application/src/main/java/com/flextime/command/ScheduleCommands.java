package com.flextime.command;

import com.flextime.events.ScheduleProposed;
import com.flextime.events.SeasonWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The commands a scheduler sends to a season schedule, each its own record. {@code expectedVersion} (from
 * If-Match) is null when the sender does not care which version it changes. The reason for a change travels
 * as metadata, beside the user and the correlation id.
 */
public final class ScheduleCommands {

    private ScheduleCommands() {
    }

    /** Blackout maps may be null: the season then starts with the campus blackouts of its teams' venues. */
    public record CreateSeasonSchedule(@TargetAggregateIdentifier String scheduleId, String sport, String season,
                                       String name, List<String> teams, SeasonWindow window,
                                       Set<DayOfWeek> gameDays, Map<String, Set<LocalDate>> teamBlackouts,
                                       Map<String, Set<LocalDate>> venueBlackouts) {
    }

    /** Null fields keep their current value. */
    public record ChangeSeasonCalendar(@TargetAggregateIdentifier String scheduleId, Long expectedVersion,
                                       String name, SeasonWindow window, Set<DayOfWeek> gameDays,
                                       Map<String, Set<LocalDate>> teamBlackouts,
                                       Map<String, Set<LocalDate>> venueBlackouts) {
    }

    /** A null venue means the home team's venue for the sport. */
    public record ScheduleGame(@TargetAggregateIdentifier String scheduleId, Long expectedVersion, String gameId,
                               String home, String away, LocalDate date, LocalTime time, String venue) {
    }

    /** Null fields keep the game's current date, time or venue. */
    public record MoveGame(@TargetAggregateIdentifier String scheduleId, Long expectedVersion, String gameId,
                           LocalDate date, LocalTime time, String venue) {
    }

    /** A null venue means the new home team's venue for the sport. */
    public record SwapHomeAndAway(@TargetAggregateIdentifier String scheduleId, Long expectedVersion,
                                  String gameId, String venue) {
    }

    public record CancelGame(@TargetAggregateIdentifier String scheduleId, Long expectedVersion, String gameId) {
    }

    public record LockGame(@TargetAggregateIdentifier String scheduleId, Long expectedVersion, String gameId) {
    }

    public record UnlockGame(@TargetAggregateIdentifier String scheduleId, Long expectedVersion, String gameId) {
    }

    public record PublishSchedule(@TargetAggregateIdentifier String scheduleId, Long expectedVersion) {
    }

    /**
     * Makes the schedule the proposed season (sent when a scheduler adopts a proposal): refused unless the schedule
     * is still at {@code basedOnVersion}.
     */
    public record ApplyProposal(@TargetAggregateIdentifier String scheduleId, String proposalId,
                                long basedOnVersion, List<ScheduleProposed.Game> games) {

        public ApplyProposal {
            games = List.copyOf(games);
        }
    }

    public record ArchiveSchedule(@TargetAggregateIdentifier String scheduleId, Long expectedVersion) {
    }
}
