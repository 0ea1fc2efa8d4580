package com.flextime.optimizer.season;

/**
 * {@code big-monday-home-after-road} (soft): a Big Monday host comes off a road game on the weekend before ("Big
 * Monday home game preceded by road game", weight 0.6 in the sources). The measure is the number of designated Big
 * Monday games whose host did not; the designation is {@link BigMonday}'s, so a sport needs a {@code big-monday} row
 * too.
 */
final class BigMondayHomeAfterRoad implements SeasonWideRule {

    private final BigMonday bigMonday;

    BigMondayHomeAfterRoad(BigMonday bigMonday) {
        this.bigMonday = bigMonday;
    }

    @Override
    public String id() {
        return "big-monday-home-after-road";
    }

    @Override
    public String name() {
        return "Big Monday hosts that did not play on the road the weekend before";
    }

    @Override
    public double measure(SeasonGames games, SeasonContext c) {
        return bigMonday.hostsNotOffRoad(games, c);
    }
}
