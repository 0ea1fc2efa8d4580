package com.flextime.projection.relay;

import com.flextime.events.ConflictDetected;
import com.flextime.events.ConflictGame;
import com.flextime.events.ConflictResolved;
import com.flextime.events.GameCancelled;
import com.flextime.events.GameLocked;
import com.flextime.events.GameMoved;
import com.flextime.events.GameScheduled;
import com.flextime.events.GameSlot;
import com.flextime.events.GameUnlocked;
import com.flextime.events.HomeAndAwaySwapped;
import com.flextime.events.ProposalAdopted;
import com.flextime.events.ScheduleArchived;
import com.flextime.events.ScheduleEvent;
import com.flextime.events.ScheduleProposed;
import com.flextime.events.SchedulePublished;
import com.flextime.events.SeasonCalendarChanged;
import com.flextime.events.SeasonScheduleCreated;
import com.flextime.events.integration.ConflictDetectedData;
import com.flextime.events.integration.ConflictResolvedData;
import com.flextime.events.integration.GameView;
import com.flextime.events.integration.IntegrationEventType;
import com.flextime.events.integration.ScheduleChange;
import com.flextime.events.integration.ScheduleCreatedData;
import com.flextime.events.integration.ScheduleOptimizedData;
import com.flextime.events.integration.ScheduleUpdatedData;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Publishes every schedule change, adopted proposal and conflict downstream as a CloudEvent, at least once and
 * in order per schedule. A tracking processor of its own ({@value #NAME}): the events of a batch are collected
 * and handed to the {@link EventStreamPublisher} just before the batch's transaction commits the processor's token,
 * and the publisher returns only when the target has them. If it cannot (Redis down), the transaction rolls back
 * and the batch is tried again from the same token, so a change is never skipped; a kill between publishing and
 * committing publishes the batch again after restart (duplicates share their id).
 */
@ProcessingGroup(StreamRelay.NAME)
public class StreamRelay {

    public static final String NAME = "stream-relay";

    private static final String BATCH = StreamRelay.class.getName() + ".batch";

    private final RelayState state;
    private final CloudEventWriter writer;
    private final RelayDelivery delivery;

    public StreamRelay(RelayState state, CloudEventWriter writer, RelayDelivery delivery) {
        this.state = state;
        this.writer = writer;
        this.delivery = delivery;
    }

    @EventHandler
    void on(ScheduleEvent event, EventMessage<?> message, @SequenceNumber long version) {
        if (event instanceof SeasonScheduleCreated created) {
            state.schedule(created.scheduleId(), created.sport(), created.season());
            emit(message, IntegrationEventType.SCHEDULE_CREATED, created.scheduleId(), List.of(created.sport()),
                    new ScheduleCreatedData(created.scheduleId(), created.sport(), created.season(), created.name(),
                            version, created.teams(), created.calendar().window().start(),
                            created.calendar().window().end()));
            return;
        }
        GameView game = null;
        GameSlot previous = null;
        ScheduleChange change;
        if (event instanceof GameScheduled e) {
            game = state.gameScheduled(e.gameId(), e.scheduleId(), e.home(), e.away(), e.date(), e.time(), e.venue());
            change = ScheduleChange.GAME_SCHEDULED;
        } else if (event instanceof GameMoved e) {
            game = state.gameMoved(e.gameId(), e.to().date(), e.to().time(), e.to().venue());
            previous = e.from();
            change = ScheduleChange.GAME_MOVED;
        } else if (event instanceof HomeAndAwaySwapped e) {
            game = state.gameSwapped(e.gameId(), e.home(), e.away(), e.venue());
            change = ScheduleChange.HOME_AND_AWAY_SWAPPED;
        } else if (event instanceof GameCancelled e) {
            game = state.gameCancelled(e.gameId());
            change = ScheduleChange.GAME_CANCELLED;
        } else if (event instanceof GameLocked e) {
            game = state.gameLocked(e.gameId(), true);
            change = ScheduleChange.GAME_LOCKED;
        } else if (event instanceof GameUnlocked e) {
            game = state.gameLocked(e.gameId(), false);
            change = ScheduleChange.GAME_UNLOCKED;
        } else if (event instanceof SeasonCalendarChanged) {
            change = ScheduleChange.CALENDAR_CHANGED;
        } else if (event instanceof SchedulePublished) {
            change = ScheduleChange.PUBLISHED;
        } else if (event instanceof ScheduleArchived) {
            change = ScheduleChange.ARCHIVED;
        } else {
            throw new IllegalArgumentException("the relay does not know " + event.getClass().getSimpleName());
        }
        RelayState.Schedule schedule = state.schedule(event.scheduleId());
        emit(message, IntegrationEventType.SCHEDULE_UPDATED, event.scheduleId(), List.of(schedule.sport()),
                new ScheduleUpdatedData(event.scheduleId(), schedule.sport(), schedule.season(), version, change,
                        game, previous,
                        (String) message.getMetaData().get("reason")));
    }

    /** Remembered for {@code schedule.optimized}: the proposal's diff and score, known only from this event. */
    @EventHandler
    void on(ScheduleProposed event) {
        state.proposal(event.proposalId(), new RelayState.Proposal(event.jobId(), event.diff().added().size(),
                event.diff().removed().size(), event.diff().moved().size(), event.diff().swapped().size(),
                event.score().hardViolations(), event.score().softScore()));
    }

    @EventHandler
    void on(ProposalAdopted event, EventMessage<?> message) {
        RelayState.Schedule schedule = state.schedule(event.scheduleId());
        RelayState.Proposal proposal = state.proposal(event.proposalId())
                .orElse(new RelayState.Proposal(null, 0, 0, 0, 0, 0, 0));
        emit(message, IntegrationEventType.SCHEDULE_OPTIMIZED, event.scheduleId(), List.of(schedule.sport()),
                new ScheduleOptimizedData(event.scheduleId(), schedule.sport(), schedule.season(),
                        event.scheduleVersion(), event.proposalId(), proposal.jobId(), proposal.added(),
                        proposal.removed(), proposal.moved(), proposal.swapped(), proposal.hard(), proposal.soft()));
    }

    @EventHandler
    void on(ConflictDetected event, EventMessage<?> message) {
        List<String> schedules = event.games().stream().map(ConflictGame::scheduleId).distinct().toList();
        List<String> sports = event.games().stream().map(ConflictGame::sport).distinct().toList();
        state.conflict(event.conflictId(), new RelayState.Conflict(schedules, sports));
        emit(message, IntegrationEventType.CONFLICT_DETECTED, schedules.get(0), sports,
                new ConflictDetectedData(event.conflictId(), event.ruleId(), event.rule(), event.severity(),
                        event.reason(), event.date(), event.venue(), event.teams(), event.games()));
    }

    @EventHandler
    void on(ConflictResolved event, EventMessage<?> message) {
        RelayState.Conflict conflict = state.conflict(event.conflictId())
                .orElseThrow(() -> new IllegalStateException("the relay has not seen conflict " + event.conflictId()));
        emit(message, IntegrationEventType.CONFLICT_RESOLVED, conflict.scheduleIds().get(0), conflict.sports(),
                new ConflictResolvedData(event.conflictId(), event.reason(), conflict.scheduleIds()));
    }

    /** A replay publishes everything again (consumers de-duplicate by id); the memory starts empty. */
    @ResetHandler
    void reset() {
        state.clear();
    }

    private void emit(EventMessage<?> message, IntegrationEventType type, String subject, List<String> sports,
                      Record data) {
        OutgoingEvent outgoing = writer.write(message.getIdentifier(), type, subject, message.getTimestamp(), sports,
                data);
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        batch.<List<OutgoingEvent>>getOrComputeResource(BATCH, key -> {
            List<OutgoingEvent> events = new ArrayList<>();
            // before the token commits: a failure here rolls the batch back to be tried again
            batch.onPrepareCommit(unit -> delivery.deliver(events));
            batch.afterCommit(unit -> delivery.committed(events));
            return events;
        }).add(outgoing);
    }
}
