package com.flextime.optimizer.season;

/**
 * Minimal disruption: every game of a published meeting that an improvement moves to another day or host costs.
 * Judged against the season as it was published, meeting by meeting (the search keeps meetings in one order).
 */
final class KeepPublished implements SeasonWideRule {

    private final boolean[] published;
    private final int[] firstDay;
    private final int[] host;
    private final int length;

    KeepPublished(ExistingSeason season, int seriesLength) {
        this.published = season.published.clone();
        this.firstDay = season.start.clone();
        this.host = season.host.clone();
        this.length = seriesLength;
    }

    @Override
    public String id() {
        return "keep-published";
    }

    @Override
    public String name() {
        return "Published games moved to another day or host";
    }

    @Override
    public double measure(SeasonGames games, SeasonContext context) {
        int moved = 0;
        for (int u = 0; u < games.size; u++) {
            if (published[u] && (games.first[u] != firstDay[u] || games.host[u] != host[u])) {
                moved += length;
            }
        }
        return moved;
    }
}
