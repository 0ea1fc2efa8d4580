package com.flextime.optimizer.season;

/**
 * {@code plays-after-bye-balance}: basketball's "balance Plays-After-Bye (max 1 difference)": every team plays about
 * as many games against an opponent coming off a bye ({@link PlaysAfterBye}) as every other, at most one apart. With
 * P such games among n teams that means each team has P/n rounded down or up; the measure is, summed over teams, how
 * far each count lies outside that range (0 exactly when no two teams differ by more than one).
 */
final class PlaysAfterByeBalance implements SeasonWideRule {

    @Override
    public String id() {
        return "plays-after-bye-balance";
    }

    @Override
    public String name() {
        return "Games against an opponent coming off a bye, outside an even share (teams at most 1 apart)";
    }

    @Override
    public double measure(SeasonGames games, SeasonContext c) {
        int[] pab = PlaysAfterBye.count(games, c).pab;
        int total = 0;
        for (int count : pab) {
            total += count;
        }
        int low = total / c.n;
        int high = (total + c.n - 1) / c.n;
        int off = 0;
        for (int count : pab) {
            off += Math.max(0, count - high) + Math.max(0, low - count);
        }
        return off;
    }
}
