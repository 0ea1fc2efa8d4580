package com.flextime.optimizer.score;

import com.flextime.optimizer.constraints.TimetableConstraint;
import com.flextime.optimizer.robinx.RobinxInstance;
import com.flextime.optimizer.timetable.Timetable;
import java.util.ArrayList;
import java.util.List;

/** Scores a timetable exactly: every constraint's violations, summed into infeasibility and objective. */
public final class Scorer {

    private Scorer() {
    }

    public static Score score(RobinxInstance instance, Timetable timetable) {
        return score(instance.constraints(), timetable);
    }

    /** The score without explanations: what the search evaluates millions of times. */
    public static Score quickScore(List<TimetableConstraint> constraints, Timetable timetable) {
        long infeasibility = 0;
        long objective = 0;
        for (TimetableConstraint constraint : constraints) {
            long penalty = constraint.deviation(timetable) * constraint.weight();
            if (constraint.hard()) {
                infeasibility += penalty;
            } else {
                objective += penalty;
            }
        }
        return new Score(infeasibility, objective, List.of());
    }

    public static Score score(List<TimetableConstraint> constraints, Timetable timetable) {
        long infeasibility = 0;
        long objective = 0;
        List<Violation> all = new ArrayList<>();
        for (TimetableConstraint constraint : constraints) {
            for (Violation v : constraint.violations(timetable)) {
                all.add(v);
                if (v.hard()) {
                    infeasibility += v.penalty();
                } else {
                    objective += v.penalty();
                }
            }
        }
        return new Score(infeasibility, objective, all);
    }
}
