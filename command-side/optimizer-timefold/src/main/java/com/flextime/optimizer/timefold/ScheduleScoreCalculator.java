package com.flextime.optimizer.timefold;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.calculator.EasyScoreCalculator;
import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.score.Scorer;

/**
 * Scores a schedule with our own constraint classes' {@code deviation} ({@link Scorer#quickScore}, no
 * explanations): hard = infeasibility (the format's "one game per team and slot, each ordered pair once" among
 * it), soft = objective (travel for TTP, the weighted soft constraints for ITC2021). An easy calculator rebuilds
 * the timetable on every move: simple and exactly our rules for every instance type, at the price of speed.
 */
public class ScheduleScoreCalculator implements EasyScoreCalculator<Schedule, HardSoftLongScore> {

    @Override
    public HardSoftLongScore calculateScore(Schedule schedule) {
        Score score = Scorer.quickScore(schedule.getConstraints(), schedule.timetable());
        return HardSoftLongScore.of(-score.infeasibility(), -score.objective());
    }
}
