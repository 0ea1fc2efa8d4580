package com.flextime.domain.rules;

import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The hard rules every schedule keeps, checked before any event is applied. Plain Java, so the optimizer
 * judges candidate schedules with exactly the rules the command side enforces.
 */
public final class HardRules {

    private static final HardRules STANDARD = new HardRules(
            List.of(new ArchivedScheduleIsReadOnly(), new LockedGameIsFixed(), new PublishedChangeNeedsReason()),
            List.of(new HomeAndAwayDiffer(), new TeamsTakePart(), new InsideSeasonWindow(), new OnAllowedGameDay(),
                    new TeamNoPlayDay(), new TeamBlackout(), new VenueBlackout(), new TeamPlaysOncePerDay(),
                    new VenueHoldsOneGameAtATime()));

    private final List<ChangeRule> changeRules;
    private final List<PlacementRule> placementRules;

    public HardRules(List<ChangeRule> changeRules, List<PlacementRule> placementRules) {
        this.changeRules = List.copyOf(changeRules);
        this.placementRules = List.copyOf(placementRules);
    }

    public static HardRules standard() {
        return STANDARD;
    }

    /** Every rule, change rules first: the catalogue the docs and the API list. */
    public List<HardRule> catalogue() {
        return Stream.concat(changeRules.stream(), placementRules.stream()).map(HardRule.class::cast).toList();
    }

    /** May this change be made at all? */
    public RuleVerdict checkChange(ScheduleChange change, SeasonSchedule schedule) {
        return RuleVerdict.of(changeRules.stream().flatMap(rule -> rule.check(change, schedule).stream()).toList());
    }

    /** May the game stand where the change would put it? */
    public RuleVerdict checkPlacement(Game candidate, SeasonSchedule schedule) {
        return RuleVerdict.of(placementRules.stream()
                .flatMap(rule -> rule.check(candidate, schedule).stream()).toList());
    }

    /** The change rules, then the placement of the game it produces. */
    public RuleVerdict check(ScheduleChange change, Game candidate, SeasonSchedule schedule) {
        return checkChange(change, schedule).and(checkPlacement(candidate, schedule));
    }

    /** Every game of the schedule re-judged, e.g. after its window, game days or blackouts change. */
    public RuleVerdict checkAllGames(SeasonSchedule schedule) {
        List<RuleViolation> all = new ArrayList<>();
        schedule.games().forEach(game -> all.addAll(checkPlacement(game, schedule).violations()));
        return RuleVerdict.of(all);
    }
}
