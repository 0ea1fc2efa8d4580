package com.flextime.domain.rules;

import com.flextime.domain.rules.ScheduleChange.Kind;
import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSchedule;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A locked game cannot be moved, swapped or cancelled until someone unlocks it. */
public final class LockedGameIsFixed implements ChangeRule {

    private static final Set<Kind> BLOCKED = EnumSet.of(Kind.MOVE_GAME, Kind.SWAP_HOME_AND_AWAY, Kind.CANCEL_GAME);

    @Override
    public String id() {
        return "locked-game-fixed";
    }

    @Override
    public String name() {
        return "A locked game cannot be moved, swapped or cancelled";
    }

    @Override
    public List<RuleViolation> check(ScheduleChange change, SeasonSchedule schedule) {
        if (!BLOCKED.contains(change.kind())) {
            return List.of();
        }
        return change.gameId().flatMap(schedule::game).filter(Game::locked)
                .map(game -> List.of(violation(game.label() + " is locked: unlock it first",
                        List.of(game.id()), List.of(game.home(), game.away()))))
                .orElse(List.of());
    }
}
