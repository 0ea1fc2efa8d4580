package com.flextime.optimizer.solver;

import com.flextime.optimizer.score.Score;
import com.flextime.optimizer.timetable.Match;
import java.time.Duration;
import java.util.List;

/** The best timetable found, its exact score, and what the search cost. */
public record SolveResult(List<Match> matches, Score score, Duration elapsed, long iterations) {

    public SolveResult {
        matches = List.copyOf(matches);
    }
}
