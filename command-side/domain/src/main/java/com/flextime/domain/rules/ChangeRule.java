package com.flextime.domain.rules;

import com.flextime.domain.schedule.SeasonSchedule;
import java.util.List;

/** A hard rule about whether a change may be made at all, whatever the game's new place. */
public interface ChangeRule extends HardRule {

    List<RuleViolation> check(ScheduleChange change, SeasonSchedule schedule);
}
