package com.flextime.optimizer.score;

import java.util.List;

/**
 * The exact score of a timetable: infeasibility = weighted hard deviation, objective = weighted soft deviation
 * (ITC2021), plus travel for travelling-tournament instances. Lower is better; infeasibility first.
 */
public record Score(long infeasibility, long objective, List<Violation> violations) implements Comparable<Score> {

    public Score {
        violations = List.copyOf(violations);
    }

    public boolean feasible() {
        return infeasibility == 0;
    }

    @Override
    public int compareTo(Score other) {
        int byHard = Long.compare(infeasibility, other.infeasibility);
        return byHard != 0 ? byHard : Long.compare(objective, other.objective);
    }

    @Override
    public String toString() {
        return "infeasibility " + infeasibility + ", objective " + objective;
    }
}
