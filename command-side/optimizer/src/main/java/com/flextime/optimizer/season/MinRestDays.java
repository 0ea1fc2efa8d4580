package com.flextime.optimizer.season;

/**
 * {@code min-rest-days N}: a team's next meeting starts at least N days after its previous one ends (basketball 2:
 * never on consecutive days; football 6).
 */
final class MinRestDays implements SeasonRule {

    private final int days;

    MinRestDays(String param) {
        this.days = SeasonRule.number(param, "min-rest-days");
    }

    @Override
    public String id() {
        return "min-rest-days";
    }

    @Override
    public String name() {
        return "At least " + days + " days from a team's game to its next";
    }

    @Override
    public double measure(TeamSeason s, SeasonContext c) {
        int short_ = 0;
        for (int i = 1; i < s.size; i++) {
            if (s.first[i] - s.last[i - 1] < days) {
                short_++;
            }
        }
        return short_;
    }
}
