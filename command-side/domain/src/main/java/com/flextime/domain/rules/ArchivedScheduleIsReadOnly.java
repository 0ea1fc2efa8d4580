package com.flextime.domain.rules;

import com.flextime.domain.schedule.ScheduleStatus;
import com.flextime.domain.schedule.SeasonSchedule;
import java.util.List;

/** An archived schedule is history: it can be read and replayed, never changed. */
public final class ArchivedScheduleIsReadOnly implements ChangeRule {

    @Override
    public String id() {
        return "archived-read-only";
    }

    @Override
    public String name() {
        return "An archived schedule cannot be changed";
    }

    @Override
    public List<RuleViolation> check(ScheduleChange change, SeasonSchedule schedule) {
        if (schedule.status() != ScheduleStatus.ARCHIVED || change.kind() == ScheduleChange.Kind.ARCHIVE) {
            return List.of();
        }
        return List.of(violation(schedule.name() + " is archived and can no longer be changed",
                change.gameId().map(List::of).orElse(List.of()), List.of()));
    }
}
