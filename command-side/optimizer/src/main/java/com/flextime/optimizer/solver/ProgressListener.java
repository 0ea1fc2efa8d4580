package com.flextime.optimizer.solver;

import com.flextime.optimizer.score.Score;
import java.time.Duration;

/** Told each time the best score so far improves. Called from solver threads; keep it quick. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (score, elapsed) -> { };

    void improved(Score best, Duration elapsed);
}
