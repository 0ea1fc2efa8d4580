package com.flextime.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.flextime.command.ScheduleCommands.ArchiveSchedule;
import com.flextime.command.ScheduleCommands.CancelGame;
import com.flextime.command.ScheduleCommands.ChangeSeasonCalendar;
import com.flextime.command.ScheduleCommands.CreateSeasonSchedule;
import com.flextime.command.ScheduleCommands.LockGame;
import com.flextime.command.ScheduleCommands.MoveGame;
import com.flextime.command.ScheduleCommands.PublishSchedule;
import com.flextime.command.ScheduleCommands.ScheduleGame;
import com.flextime.command.ScheduleCommands.SwapHomeAndAway;
import com.flextime.command.ScheduleCommands.UnlockGame;
import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.rules.RuleViolation;
import com.flextime.domain.rules.ScheduleRuleViolation;
import com.flextime.domain.schedule.GameNotFound;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import com.flextime.domain.schedule.SeasonSetup;
import com.flextime.domain.schedule.StaleScheduleVersion;
import com.flextime.events.GameCancelled;
import com.flextime.events.GameLocked;
import com.flextime.events.GameMoved;
import com.flextime.events.GameSlot;
import com.flextime.events.GameScheduled;
import com.flextime.events.GameUnlocked;
import com.flextime.events.HomeAndAwaySwapped;
import com.flextime.events.ScheduleArchived;
import com.flextime.events.SchedulePublished;
import com.flextime.events.SeasonCalendarChanged;
import com.flextime.events.SeasonScheduleCreated;
import com.flextime.events.SeasonWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Given events, when a command, expect events or the refusal: every command and every hard rule. */
class SeasonScheduleAggregateTest {

    static final String ID = "mbb-2025-26";
    static final ConferenceCatalog BIG12 = ConferenceCatalog.big12();
    static final SeasonWindow WINDOW = new SeasonWindow(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 3, 7));
    static final Set<DayOfWeek> GAME_DAYS = EnumSet.complementOf(EnumSet.of(DayOfWeek.FRIDAY));
    static final LocalDate SATURDAY = LocalDate.of(2026, 1, 3);
    static final LocalDate SUNDAY = LocalDate.of(2026, 1, 4);
    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    static final LocalTime SEVEN_PM = LocalTime.of(19, 0);
    static final LocalDate KU_BLACKOUT = LocalDate.of(2026, 1, 10);
    static final Map<String, String> REASON = Map.of("reason", "TV partner asked");

    FixtureConfiguration<SeasonScheduleAggregate> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SeasonScheduleAggregate.class);
        fixture.registerInjectableResource(BIG12);
    }

    static CreateSeasonSchedule create(List<String> teams) {
        return new CreateSeasonSchedule(ID, "MBB", "2025-26", null, teams, WINDOW, GAME_DAYS,
                Map.of("KU", Set.of(KU_BLACKOUT)), null);
    }

    static SeasonScheduleCreated created() {
        CreateSeasonSchedule c = create(List.of("BYU", "UTAH", "KU", "KSU"));
        return new SeasonSetup(BIG12).open(c.scheduleId(), c.sport(), c.season(), c.name(), c.teams(), c.window(),
                c.gameDays(), c.teamBlackouts(), c.venueBlackouts());
    }

    static String venueOf(String team) {
        return BIG12.homeVenue(team, "MBB").code();
    }

    static GameScheduled game(String id, String home, String away, LocalDate date) {
        return new GameScheduled(ID, id, home, away, date, SEVEN_PM, venueOf(home));
    }

    static ScheduleGame scheduleGame(String id, String home, String away, LocalDate date) {
        return new ScheduleGame(ID, null, id, home, away, date, SEVEN_PM, null);
    }

    /** Matches a refusal that names exactly these rules, in any order. */
    static Matcher<ScheduleRuleViolation> violates(String... ruleIds) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(ScheduleRuleViolation refusal) {
                return refusal.violations().stream().map(RuleViolation::ruleId).sorted().toList()
                        .equals(java.util.Arrays.stream(ruleIds).sorted().toList());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal naming exactly " + List.of(ruleIds));
            }
        };
    }

    @Nested
    class CreateASeason {

        @Test
        void opensTheSeasonWithTheConferenceFactsFrozenIn() {
            fixture.givenNoPriorActivity()
                    .when(create(List.of("BYU", "UTAH", "KU", "KSU")))
                    .expectEvents(created());
            SeasonScheduleCreated event = created();
            assertThat(event.name()).isEqualTo("Men's Basketball 2025-26");
            assertThat(event.rules().noPlayDays()).containsOnlyKeys("BYU");
            assertThat(event.rules().noPlayDays("BYU")).containsExactly(DayOfWeek.SUNDAY);
            assertThat(event.rules().homeVenues()).containsEntry("KU", "allen-fieldhouse");
        }

        @Test
        void refusesAnUnknownSport() {
            fixture.givenNoPriorActivity()
                    .when(new CreateSeasonSchedule(ID, "CURLING", "2025-26", null, List.of("KU", "KSU"), WINDOW,
                            GAME_DAYS, null, null))
                    .expectNoEvents()
                    .expectException(InvalidScheduleRequest.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("unknown sport 'CURLING'"));
        }

        @Test
        void refusesATeamThatDoesNotPlayTheSport() {
            fixture.givenNoPriorActivity()
                    .when(new CreateSeasonSchedule(ID, "VB", "2025", null, List.of("KU", "OKST"), WINDOW,
                            GAME_DAYS, null, null))
                    .expectNoEvents()
                    .expectException(InvalidScheduleRequest.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("OKST does not play Volleyball"));
        }
    }

    @Nested
    class ScheduleAGame {

        @Test
        void schedulesAtTheHomeTeamsVenueByDefault() {
            fixture.given(created())
                    .when(scheduleGame("g1", "BYU", "UTAH", SATURDAY))
                    .expectEvents(game("g1", "BYU", "UTAH", SATURDAY))
                    .expectResultMessagePayload(1L);
        }

        @Test
        void refusesBYUOnASunday() {
            fixture.given(created())
                    .when(scheduleGame("g1", "BYU", "UTAH", SUNDAY))
                    .expectNoEvents()
                    .expectException(violates("no-play-day"));
        }

        @Test
        void refusesASecondGameForATeamOnTheSameDay() {
            fixture.given(created(), game("g1", "BYU", "UTAH", SATURDAY))
                    .when(scheduleGame("g2", "KU", "UTAH", SATURDAY))
                    .expectNoEvents()
                    .expectException(violates("team-one-game-per-day"));
        }

        @Test
        void refusesTwoGamesAtOneVenueAtOnce() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY))
                    .when(new ScheduleGame(ID, null, "g2", "UTAH", "BYU", SATURDAY, LocalTime.of(20, 0),
                            venueOf("KU")))
                    .expectNoEvents()
                    .expectException(violates("venue-one-game-at-a-time"));
        }

        @Test
        void allowsTheSameVenueOnceTheFirstGameHasCleared() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY))
                    .when(new ScheduleGame(ID, null, "g2", "UTAH", "BYU", SATURDAY, LocalTime.of(12, 0),
                            venueOf("KU")))
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void refusesADateOutsideTheSeasonWindow() {
            fixture.given(created())
                    .when(scheduleGame("g1", "KU", "KSU", LocalDate.of(2026, 3, 9)))
                    .expectNoEvents()
                    .expectException(violates("inside-season-window"));
        }

        @Test
        void refusesADayThatIsNotAGameDay() {
            fixture.given(created())
                    .when(scheduleGame("g1", "KU", "KSU", LocalDate.of(2026, 1, 2)))
                    .expectNoEvents()
                    .expectException(violates("allowed-game-day"));
        }

        @Test
        void refusesATeamsBlackoutDate() {
            fixture.given(created())
                    .when(scheduleGame("g1", "KSU", "KU", KU_BLACKOUT))
                    .expectNoEvents()
                    .expectException(violates("team-blackout"));
        }

        @Test
        void refusesAVenuesBlackoutDate() {
            SeasonScheduleCreated base = created();
            var calendar = new com.flextime.events.SeasonCalendar(base.calendar().window(),
                    base.calendar().gameDays(), base.calendar().teamBlackouts(),
                    Map.of(venueOf("KSU"), Set.of(SATURDAY)));
            fixture.given(base, new SeasonCalendarChanged(ID, base.name(), calendar))
                    .when(scheduleGame("g1", "KSU", "KU", SATURDAY))
                    .expectNoEvents()
                    .expectException(violates("venue-blackout"));
        }

        @Test
        void refusesATeamPlayingItself() {
            fixture.given(created())
                    .when(scheduleGame("g1", "KU", "KU", SATURDAY))
                    .expectNoEvents()
                    .expectException(violates("home-away-differ"));
        }

        @Test
        void refusesATeamOutsideTheSeason() {
            fixture.given(created())
                    .when(scheduleGame("g1", "KU", "TCU", SATURDAY))
                    .expectNoEvents()
                    .expectException(violates("teams-in-season"));
        }

        @Test
        void listsEveryViolatedRuleAtOnce() {
            fixture.given(created(), game("g1", "UTAH", "KSU", SUNDAY))
                    .when(scheduleGame("g2", "BYU", "UTAH", SUNDAY))
                    .expectNoEvents()
                    .expectException(violates("no-play-day", "team-one-game-per-day"));
        }

        @Test
        void refusesAVenueTheConferenceDoesNotKnow() {
            fixture.given(created())
                    .when(new ScheduleGame(ID, null, "g1", "KU", "KSU", SATURDAY, SEVEN_PM, "nowhere"))
                    .expectNoEvents()
                    .expectException(InvalidScheduleRequest.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.containsString("unknown venue 'nowhere'"));
        }

        @Test
        void refusesAStaleVersion() {
            fixture.given(created(), game("g1", "BYU", "UTAH", SATURDAY))
                    .when(new ScheduleGame(ID, 0L, "g2", "KU", "KSU", SATURDAY, SEVEN_PM, null))
                    .expectNoEvents()
                    .expectException(StaleScheduleVersion.class);
        }

        @Test
        void acceptsTheCurrentVersion() {
            fixture.given(created(), game("g1", "BYU", "UTAH", SATURDAY))
                    .when(new ScheduleGame(ID, 1L, "g2", "KU", "KSU", SATURDAY, SEVEN_PM, null))
                    .expectEvents(game("g2", "KU", "KSU", SATURDAY))
                    .expectResultMessagePayload(2L);
        }
    }

    @Nested
    class MoveAGame {

        @Test
        void movesToANewDateKeepingTimeAndVenue() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY))
                    .when(new MoveGame(ID, null, "g1", MONDAY, null, null))
                    .expectEvents(new GameMoved(ID, "g1", new GameSlot(SATURDAY, SEVEN_PM, venueOf("KU")),
                        new GameSlot(MONDAY, SEVEN_PM, venueOf("KU"))));
        }

        @Test
        void refusesAMoveOntoAnotherGameOfTheSameTeamAndVenue() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY), game("g2", "KU", "UTAH", MONDAY))
                    .when(new MoveGame(ID, null, "g1", MONDAY, null, null))
                    .expectNoEvents()
                    .expectException(violates("team-one-game-per-day", "venue-one-game-at-a-time"));
        }

        @Test
        void refusesMovingALockedGame() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY), new GameLocked(ID, "g1"))
                    .when(new MoveGame(ID, null, "g1", MONDAY, null, null))
                    .expectNoEvents()
                    .expectException(violates("locked-game-fixed"));
        }

        @Test
        void refusesMovingToAnUnknownVenue() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY))
                    .when(new MoveGame(ID, null, "g1", null, null, "nowhere"))
                    .expectNoEvents()
                    .expectException(InvalidScheduleRequest.class);
        }

        @Test
        void refusesAnUnknownGame() {
            fixture.given(created())
                    .when(new MoveGame(ID, null, "nope", MONDAY, null, null))
                    .expectNoEvents()
                    .expectException(GameNotFound.class);
        }
    }

    @Nested
    class SwapHomeAndAwayOfAGame {

        @Test
        void swapsAndMovesToTheNewHomeVenue() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY))
                    .when(new SwapHomeAndAway(ID, null, "g1", null))
                    .expectEvents(new HomeAndAwaySwapped(ID, "g1", "KSU", "KU", venueOf("KSU")));
        }

        @Test
        void refusesSwappingALockedGame() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY), new GameLocked(ID, "g1"))
                    .when(new SwapHomeAndAway(ID, null, "g1", null))
                    .expectNoEvents()
                    .expectException(violates("locked-game-fixed"));
        }
    }

    @Nested
    class CancelAGame {

        @Test
        void cancels() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY))
                    .when(new CancelGame(ID, null, "g1"))
                    .expectEvents(new GameCancelled(ID, "g1"));
        }

        @Test
        void refusesCancellingALockedGame() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY), new GameLocked(ID, "g1"))
                    .when(new CancelGame(ID, null, "g1"))
                    .expectNoEvents()
                    .expectException(violates("locked-game-fixed"));
        }

        @Test
        void refusesAChangeToAPublishedScheduleWithoutAReason() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY), new SchedulePublished(ID))
                    .when(new CancelGame(ID, null, "g1"))
                    .expectNoEvents()
                    .expectException(violates("published-change-needs-reason"));
        }

        @Test
        void acceptsAChangeToAPublishedScheduleWithAReason() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY), new SchedulePublished(ID))
                    .when(new CancelGame(ID, null, "g1"), REASON)
                    .expectEvents(new GameCancelled(ID, "g1"));
        }
    }

    @Nested
    class LockAndUnlock {

        @Test
        void locks() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY))
                    .when(new LockGame(ID, null, "g1"))
                    .expectEvents(new GameLocked(ID, "g1"));
        }

        @Test
        void lockingALockedGameRecordsNothing() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY), new GameLocked(ID, "g1"))
                    .when(new LockGame(ID, null, "g1"))
                    .expectNoEvents()
                    .expectResultMessagePayload(2L);
        }

        @Test
        void unlocks() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY), new GameLocked(ID, "g1"))
                    .when(new UnlockGame(ID, null, "g1"))
                    .expectEvents(new GameUnlocked(ID, "g1"));
        }

        @Test
        void unlockingAnUnlockedGameRecordsNothing() {
            fixture.given(created(), game("g1", "KU", "KSU", SATURDAY))
                    .when(new UnlockGame(ID, null, "g1"))
                    .expectNoEvents();
        }
    }

    @Nested
    class PublishAndArchive {

        @Test
        void publishes() {
            fixture.given(created()).when(new PublishSchedule(ID, null)).expectEvents(new SchedulePublished(ID));
        }

        @Test
        void publishingTwiceRecordsNothing() {
            fixture.given(created(), new SchedulePublished(ID)).when(new PublishSchedule(ID, null)).expectNoEvents();
        }

        @Test
        void archives() {
            fixture.given(created()).when(new ArchiveSchedule(ID, null)).expectEvents(new ScheduleArchived(ID));
        }

        @Test
        void refusesAnyChangeToAnArchivedSchedule() {
            fixture.given(created(), new ScheduleArchived(ID))
                    .when(scheduleGame("g1", "KU", "KSU", SATURDAY))
                    .expectNoEvents()
                    .expectException(violates("archived-read-only"));
        }
    }

    @Nested
    class ChangeTheCalendar {

        @Test
        void changesTheWindowAndName() {
            SeasonScheduleCreated base = created();
            SeasonWindow shorter = new SeasonWindow(WINDOW.start(), LocalDate.of(2026, 3, 1));
            fixture.given(base)
                    .when(new ChangeSeasonCalendar(ID, null, "MBB 2025-26 (draft B)", shorter, null, null, null))
                    .expectEvents(new SeasonCalendarChanged(ID, "MBB 2025-26 (draft B)",
                            new com.flextime.events.SeasonCalendar(shorter, base.calendar().gameDays(),
                                    base.calendar().teamBlackouts(), base.calendar().venueBlackouts())));
        }

        @Test
        void aChangeThatChangesNothingRecordsNothing() {
            SeasonScheduleCreated base = created();
            fixture.given(base)
                    .when(new ChangeSeasonCalendar(ID, null, base.name(), WINDOW, null, null, null))
                    .expectNoEvents()
                    .expectResultMessagePayload(0L);
        }

        @Test
        void refusesASeasonWithoutGameDays() {
            fixture.given(created())
                    .when(new ChangeSeasonCalendar(ID, null, null, null, Set.of(), null, null))
                    .expectNoEvents()
                    .expectException(InvalidScheduleRequest.class);
        }

        @Test
        void refusesAWindowThatWouldLeaveAGameOutside() {
            fixture.given(created(), game("g1", "KU", "KSU", LocalDate.of(2026, 3, 4)))
                    .when(new ChangeSeasonCalendar(ID, null, null,
                            new SeasonWindow(WINDOW.start(), LocalDate.of(2026, 3, 1)), null, null, null))
                    .expectNoEvents()
                    .expectException(violates("inside-season-window"));
        }
    }
}
