package com.flextime.optimizer.season;

/**
 * Hears each better season a search finds: its hard violations and weighted soft score. Called on the search's
 * own thread, often: a listener that does more than note the figures should throttle.
 */
@FunctionalInterface
public interface SeasonProgress {

    SeasonProgress NONE = (hard, soft) -> { };

    void improved(int hardViolations, double softScore);
}
