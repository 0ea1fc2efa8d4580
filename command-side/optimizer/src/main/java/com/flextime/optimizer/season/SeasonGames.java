package com.flextime.optimizer.season;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every meeting of a season as the season-wide rules read it: host, visitor, first and last day, round. A reusable,
 * mutable view (one per search chain) with a scratch space per rule, so the rules themselves hold no state and can
 * be shared between chains.
 */
final class SeasonGames {

    int size;
    final int[] host;
    final int[] visitor;
    final int[] first;
    final int[] last;
    final int[] round;
    /** What {@link #judge} found: the hard count and the weighted soft score. */
    int judgedHard;
    double judgedSoft;
    /** Bumped on every refill, so a rule can tell whether a result it cached is still about these games. */
    long version;
    private final Map<Object, Object> scratch = new HashMap<>();

    SeasonGames(int capacity) {
        host = new int[Math.max(1, capacity)];
        visitor = new int[Math.max(1, capacity)];
        first = new int[Math.max(1, capacity)];
        last = new int[Math.max(1, capacity)];
        round = new int[Math.max(1, capacity)];
    }

    void clear() {
        size = 0;
        version++;
    }

    void add(int hostTeam, int visitorTeam, int firstDay, int lastDay, int roundIndex) {
        host[size] = hostTeam;
        visitor[size] = visitorTeam;
        first[size] = firstDay;
        last[size] = lastDay;
        round[size] = roundIndex;
        size++;
    }

    /** Refills the view from a search state: per meeting its two teams, which one hosts, its start and round. */
    void fill(int count, int[] a, int[] b, boolean[] homeIsA, int[] start, int[] rounds, int length) {
        clear();
        for (int u = 0; u < count; u++) {
            int h = homeIsA[u] ? a[u] : b[u];
            add(h, h == a[u] ? b[u] : a[u], start[u], start[u] + length - 1, rounds[u]);
        }
    }

    /** The rule's own scratch object, made on first use. */
    @SuppressWarnings("unchecked")
    <T> T scratch(Object key, Supplier<T> make) {
        return (T) scratch.computeIfAbsent(key, k -> make.get());
    }

    /** Judges the season with every season-wide rule; the result is in {@link #judgedHard}, {@link #judgedSoft}. */
    void judge(java.util.List<SeasonWideRule.Use> uses, SeasonContext c) {
        int hard = 0;
        double soft = 0;
        for (SeasonWideRule.Use use : uses) {
            double measure = use.rule().measure(this, c);
            if (use.hard()) {
                hard += (int) Math.round(measure);
            } else {
                soft += use.weight() * measure;
            }
        }
        judgedHard = hard;
        judgedSoft = soft;
    }
}
