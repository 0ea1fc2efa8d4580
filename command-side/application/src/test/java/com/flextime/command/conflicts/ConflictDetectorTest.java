package com.flextime.command.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.command.conflicts.ConflictCommands.RecordConflict;
import com.flextime.command.conflicts.ConflictCommands.ResolveConflict;
import com.flextime.domain.conflicts.ConflictPolicies;
import com.flextime.events.GameCancelled;
import com.flextime.events.GameMoved;
import com.flextime.events.GameSlot;
import com.flextime.events.GameScheduled;
import com.flextime.events.HomeAndAwaySwapped;
import com.flextime.events.ScheduleArchived;
import com.flextime.events.SeasonScheduleCreated;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.test.utils.RecordingCommandBus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Given schedule events, when one more, expect the commands the saga sends to the conflict register. */
class ConflictDetectorTest {

    static final LocalDate TUESDAY = LocalDate.of(2026, 1, 13);
    static final LocalTime SEVEN_PM = LocalTime.of(19, 0);
    static final GameScheduled BASKETBALL = new GameScheduled("mbb", "g-mbb", "BYU", "UTAH", TUESDAY, SEVEN_PM,
            "marriott-center");
    static final GameScheduled VOLLEYBALL = new GameScheduled("vb", "g-vb", "BYU", "UTAH", TUESDAY,
            LocalTime.of(20, 0), "marriott-center");

    private final RecordingCommandBus bus = new RecordingCommandBus();
    private ConflictDetector saga;

    @BeforeEach
    void setUp() {
        saga = new ConflictDetector(new InMemoryGameBook(), ConflictPolicies.big12(),
                DefaultCommandGateway.builder().commandBus(bus).build());
        given(created("mbb", "MBB"), created("vb", "VB"));
    }

    @Test
    void basketballAndVolleyballInOneArenaAtOverlappingTimesIsAConflict() {
        given(BASKETBALL);

        List<Object> commands = when(VOLLEYBALL);

        assertThat(commands).singleElement().isInstanceOfSatisfying(RecordConflict.class, record -> {
            assertThat(record.conflict().ruleId()).isEqualTo("shared-venue");
            assertThat(record.conflict().venue()).isEqualTo("marriott-center");
            assertThat(record.conflict().games()).extracting(g -> g.gameId()).containsExactly("g-mbb", "g-vb");
            assertThat(record.conflict().teams()).containsExactly("BYU", "UTAH");
        });
    }

    @Test
    void movingOneGameAwayResolvesIt() {
        given(BASKETBALL, VOLLEYBALL);

        List<Object> commands = when(new GameMoved("vb", "g-vb",
                new GameSlot(TUESDAY, LocalTime.of(20, 0), "marriott-center"),
                new GameSlot(TUESDAY.plusDays(1), SEVEN_PM, "marriott-center")));

        assertThat(commands).singleElement().isInstanceOfSatisfying(ResolveConflict.class,
                resolve -> assertThat(resolve.reason()).contains("moved to 2026-01-14"));
    }

    @Test
    void aRedeliveredEventSendsNothing() {
        given(BASKETBALL, VOLLEYBALL);

        assertThat(when(VOLLEYBALL)).isEmpty();
    }

    @Test
    void cancellingOneGameResolvesIt() {
        given(BASKETBALL, VOLLEYBALL);

        assertThat(when(new GameCancelled("mbb", "g-mbb"))).singleElement()
                .isInstanceOfSatisfying(ResolveConflict.class,
                        resolve -> assertThat(resolve.reason()).contains("cancelled"));
    }

    @Test
    void swappingToTheOtherSchoolsArenaResolvesIt() {
        given(BASKETBALL, VOLLEYBALL);

        assertThat(when(new HomeAndAwaySwapped("vb", "g-vb", "UTAH", "BYU", "jon-m-huntsman-center")))
                .singleElement().isInstanceOf(ResolveConflict.class);
    }

    @Test
    void archivingAScheduleResolvesItsConflictsAndForgetsItsGames() {
        given(BASKETBALL, VOLLEYBALL);

        assertThat(when(new ScheduleArchived("vb"))).singleElement().isInstanceOf(ResolveConflict.class);
        assertThat(when(new GameScheduled("mbb", "g-mbb-2", "BYU", "KU", TUESDAY, LocalTime.of(20, 0),
                "marriott-center"))).as("the archived volleyball no longer occupies the arena").isEmpty();
    }

    @Test
    void aTripThatCannotBeMadeIsAConflictAndCancellingTheSecondGameResolvesIt() {
        given(created("vb-travel", "VB"), new GameScheduled("vb-travel", "g1", "UCF", "KU",
                LocalDate.of(2025, 10, 3), SEVEN_PM, "addition-financial-arena"));

        List<Object> detected = when(new GameScheduled("vb-travel", "g2", "BYU", "KU", LocalDate.of(2025, 10, 4),
                LocalTime.of(14, 0), "marriott-center"));

        assertThat(detected).anySatisfy(command -> assertThat(command).isInstanceOfSatisfying(RecordConflict.class,
                record -> {
                    assertThat(record.conflict().ruleId()).isEqualTo("travel-time");
                    assertThat(record.conflict().teams()).containsExactly("KU");
                }));
        assertThat(when(new GameCancelled("vb-travel", "g2"))).hasSameSizeAs(detected)
                .allSatisfy(command -> assertThat(command).isInstanceOf(ResolveConflict.class));
    }

    @Test
    void gamesOfAScheduleItNeverSawAreIgnored() {
        assertThat(when(new GameScheduled("unknown", "g-x", "BYU", "UTAH", TUESDAY, LocalTime.of(20, 0),
                "marriott-center"))).isEmpty();
    }

    private static SeasonScheduleCreated created(String id, String sport) {
        return new SeasonScheduleCreated(id, sport, "2025-26", sport, List.of("BYU", "UTAH"), null, null);
    }

    private void given(Object... events) {
        for (Object event : events) {
            handle(event);
        }
        bus.clearCommands();
    }

    /** The commands this one event made the saga send. */
    private List<Object> when(Object event) {
        bus.clearCommands();
        handle(event);
        return bus.getDispatchedCommands().stream().map(CommandMessage::getPayload).map(Object.class::cast).toList();
    }

    private void handle(Object event) {
        if (event instanceof SeasonScheduleCreated e) {
            saga.on(e);
        } else if (event instanceof GameScheduled e) {
            saga.on(e);
        } else if (event instanceof GameMoved e) {
            saga.on(e);
        } else if (event instanceof HomeAndAwaySwapped e) {
            saga.on(e);
        } else if (event instanceof GameCancelled e) {
            saga.on(e);
        } else if (event instanceof ScheduleArchived e) {
            saga.on(e);
        } else {
            throw new IllegalArgumentException("not a schedule event the saga handles: " + event);
        }
    }
}
