package com.flextime.optimizer.solver;

/**
 * The temperature at which a random move's worsening is accepted half the time, from a sample of random moves:
 * the cooling cycles start at a share of it ({@link AnnealingSolver}). A random move's worsening is mostly hard
 * deviation priced at the adaptive weight, and a wide move's hard deviation grows with the number of teams (a
 * swap of teams changes four cells in every slot) while what the search trades once feasible does not. So the
 * mean is capped at {@link #OBJECTIVE_CAP} times the moves' mean worsening of the objective alone (decisions
 * D89).
 */
final class HalfAcceptance {
    /**
     * Where the schedule was measured (the TTP instances up to 16 teams, ITC2021's of 16–20) a sample's mean
     * stayed at 2.1–9.6 times the objective's worsening (once 11, Early 15); on TTP instances from 20 teams it
     * rose to 14–100 times and made every cycle too hot to descend within ten minutes.
     */
    static final double OBJECTIVE_CAP = 10;

    private double costSum;
    private int costWorse;
    private double objectiveSum;
    private int objectiveWorse;

    /** One sampled move: how much it raised the search's cost and the objective alone (either may be negative). */
    void sample(double costDelta, double objectiveDelta) {
        if (costDelta > 0) {
            costSum += costDelta;
            costWorse++;
        }
        if (objectiveDelta > 0) {
            objectiveSum += objectiveDelta;
            objectiveWorse++;
        }
    }

    double temperature() {
        if (costWorse == 0) {
            return 1.0;
        }
        double mean = costSum / costWorse;
        if (objectiveWorse > 0) {
            mean = Math.min(mean, OBJECTIVE_CAP * objectiveSum / objectiveWorse);
        }
        return mean / Math.log(2);
    }
}
