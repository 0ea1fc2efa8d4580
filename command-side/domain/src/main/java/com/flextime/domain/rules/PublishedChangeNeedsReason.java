package com.flextime.domain.rules;

import com.flextime.domain.schedule.ScheduleStatus;
import com.flextime.domain.schedule.SeasonSchedule;
import java.util.List;

/** Once a schedule is published, schools and partners rely on it: every change must say why. */
public final class PublishedChangeNeedsReason implements ChangeRule {

    @Override
    public String id() {
        return "published-change-needs-reason";
    }

    @Override
    public String name() {
        return "A change to a published schedule needs a reason";
    }

    @Override
    public List<RuleViolation> check(ScheduleChange change, SeasonSchedule schedule) {
        if (schedule.status() != ScheduleStatus.PUBLISHED || !change.kind().altersTheSchedule()
                || !change.reason().isEmpty()) {
            return List.of();
        }
        return List.of(violation(schedule.name() + " is published: give a reason for this change",
                change.gameId().map(List::of).orElse(List.of()), List.of()));
    }
}
