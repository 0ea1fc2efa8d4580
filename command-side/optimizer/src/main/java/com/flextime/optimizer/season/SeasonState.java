package com.flextime.optimizer.season;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The season {@link SeasonSearch} works on: each meeting's two teams, round, start day and host, and the season's
 * cost. The cost is kept per team (every {@link SeasonRule} judges one team's season) plus the season-wide rules, so
 * a move re-judges only the teams it touches ({@link PendingMove}).
 *
 * <p>The arrays are package-private and changed in place by {@link SeasonMoves} and {@link PendingMove}: this is the
 * search's innermost loop, and copying or wrapping them would cost more than the judging.
 */
final class SeasonState {

    final SeasonContext c;
    private final List<SeasonRule.Use> rules;
    /** Rules judged on the whole season (re-judged after every move) and their current hard count and score. */
    final List<SeasonWideRule.Use> wideRules;
    final SeasonGames games;
    /** Meetings no move may change (locked games of an existing season). */
    final boolean[] locked;
    int wideHard;
    double wideSoft;
    /** Shared with the moves and the acceptance test: one stream of draws makes a seed give one season. */
    private final SplittableRandom rng;
    /** How many meetings. */
    final int size;
    /** Meeting u is between teams ua[u] and ub[u]; homeIsA[u] says which hosts. */
    final int[] ua;
    final int[] ub;
    /** The other leg of a twice-meeting, -1 for a single meeting. */
    final int[] partner;
    final int[] round;
    /** Start day (index into the context's days), -1 while the meeting is being placed. */
    final int[] start;
    final boolean[] homeIsA;
    /** Per team its meetings; {@link #fill} re-sorts them by date, so their order follows the search. */
    final int[][] teamUnits;
    /** Per team its current hard count and soft score. */
    final int[] teamHard;
    final double[] teamSoft;
    /** Rounds with at least one day a meeting can start on. */
    final int[] usableRounds;
    /** Days from one meeting of a team to its next below which they clash ({@code min-rest-days}, at least 1). */
    private final int restGap;
    private final TeamSeason view;
    /** Per team and day: how many of its meetings start that day (for the clash count of a candidate day). */
    private final int[][] startsOn;
    private final int[] bestStartTies;
    int hard;
    double soft;

    SeasonState(SeasonContext c, List<SeasonRule.Use> rules, List<SeasonWideRule.Use> wideRules,
                Pairing.Result pairing, SplittableRandom rng) {
        this(c, rules, wideRules, pairing, rng, null);
    }

    /** Starts from an existing season's days and keeps its locked meetings where they are. */
    SeasonState(SeasonContext c, List<SeasonRule.Use> rules, List<SeasonWideRule.Use> wideRules,
                Pairing.Result pairing, SplittableRandom rng, ExistingSeason existing) {
        this.c = c;
        this.rules = rules;
        this.wideRules = wideRules;
        this.rng = rng;
        this.size = pairing.size();
        this.games = new SeasonGames(size);
        this.ua = pairing.a().clone();
        this.ub = pairing.b().clone();
        this.partner = pairing.partner().clone();
        this.round = pairing.round().clone();
        this.homeIsA = pairing.homeIsA().clone();
        this.start = new int[size];
        int[] count = new int[c.n];
        for (int u = 0; u < size; u++) {
            count[ua[u]]++;
            count[ub[u]]++;
        }
        this.teamUnits = new int[c.n][];
        for (int t = 0; t < c.n; t++) {
            teamUnits[t] = new int[count[t]];
            count[t] = 0;
        }
        for (int u = 0; u < size; u++) {
            teamUnits[ua[u]][count[ua[u]]++] = u;
            teamUnits[ub[u]][count[ub[u]]++] = u;
        }
        this.usableRounds = java.util.stream.IntStream.range(0, c.roundCount).filter(r -> c.starts[r].length > 0)
                .toArray();
        if (usableRounds.length == 0) {
            throw new IllegalStateException(c.format.sport() + ": no round has a day a meeting can start on");
        }
        this.restGap = c.format.rule("min-rest-days")
                .map(r -> Math.max(1, SeasonRule.number(r.param(), "min-rest-days"))).orElse(1);
        int maxUnits = Arrays.stream(teamUnits).mapToInt(u -> u.length).max().orElse(1);
        this.view = new TeamSeason(Math.max(1, maxUnits), c.roundCount, c.n);
        this.teamHard = new int[c.n];
        this.teamSoft = new double[c.n];
        this.bestStartTies = new int[64];
        this.startsOn = new int[c.n][c.dayCount];
        // a meeting the pairing left outside the usable rounds gets a random one; all draws before any day is chosen
        for (int u = 0; u < size; u++) {
            if (round[u] < 0 || c.starts[round[u]].length == 0) {
                round[u] = usableRounds[rng.nextInt(usableRounds.length)];
            }
            start[u] = -1;
        }
        for (int u = 0; u < size; u++) {
            setStart(u, existing != null ? existing.start[u] : bestStart(u, round[u]));
        }
        this.locked = existing == null ? new boolean[size] : existing.locked.clone();
        for (int t = 0; t < c.n; t++) {
            evaluate(t);
            hard += teamHard[t];
            soft += teamSoft[t];
        }
        resetWide();
        hard += wideHard;
        soft += wideSoft;
    }

    // ---- judging -------------------------------------------------------------------------------------------------

    /** Judges team t's season with every rule; stores its hard count and soft score. */
    void evaluate(int t) {
        fill(view, t);
        int h = 0;
        double s = 0;
        for (SeasonRule.Use use : rules) {
            double measure = use.rule().measure(view, c);
            if (measure != 0) {
                if (use.hard()) {
                    h += (int) Math.round(measure);
                } else {
                    s += use.weight() * measure;
                }
            }
        }
        teamHard[t] = h;
        teamSoft[t] = s;
    }

    /** Fills a view with team t's meetings in the current state, sorted by date. */
    void fill(TeamSeason season, int t) {
        season.clear(t);
        int length = c.seriesLength;
        int[] units = teamUnits[t];
        // keep the team's meetings sorted by start day (then opponent): after a move only a few are out of place
        for (int i = 1; i < units.length; i++) {
            int u = units[i];
            int key = start[u];
            int opp = ua[u] == t ? ub[u] : ua[u];
            int j = i - 1;
            while (j >= 0 && (start[units[j]] > key
                    || start[units[j]] == key && (ua[units[j]] == t ? ub[units[j]] : ua[units[j]]) > opp)) {
                units[j + 1] = units[j];
                j--;
            }
            units[j + 1] = u;
        }
        for (int u : units) {
            int host = homeIsA[u] ? ua[u] : ub[u];
            int opponent = ua[u] == t ? ub[u] : ua[u];
            season.add(start[u], start[u] + length - 1, opponent, round[u], host == t);
        }
    }

    /** Judges the current state with the season-wide rules (the result is in {@code games}). */
    void judgeWide() {
        games.fill(size, ua, ub, homeIsA, start, round, c.seriesLength);
        games.judge(wideRules, c);
    }

    /** Judges the season-wide rules and takes the result as the current one. */
    private void resetWide() {
        if (!wideRules.isEmpty()) {
            judgeWide();
            wideHard = games.judgedHard;
            wideSoft = games.judgedSoft;
        }
    }

    /** Puts back a kept season and judges it from scratch (no drift from the summed deltas). */
    void restore(int[] bestRound, int[] bestStart, boolean[] bestHome) {
        System.arraycopy(bestRound, 0, round, 0, size);
        System.arraycopy(bestHome, 0, homeIsA, 0, size);
        for (int u = 0; u < size; u++) {
            setStart(u, bestStart[u]);
        }
        hard = 0;
        for (int t = 0; t < c.n; t++) {
            evaluate(t);
            hard += teamHard[t];
        }
        resetWide();
        hard += wideHard;
        soft = resum();
    }

    /** The soft score summed afresh from the per-team scores and the season-wide one. */
    double resum() {
        double s = wideSoft;
        for (int t = 0; t < c.n; t++) {
            s += teamSoft[t];
        }
        return s;
    }

    // ---- days ----------------------------------------------------------------------------------------------------

    /** Sets a meeting's start day (-1: none yet), keeping the per-team start counts. */
    void setStart(int u, int s) {
        int old = start[u];
        if (old >= 0) {
            startsOn[ua[u]][old]--;
            startsOn[ub[u]][old]--;
        }
        start[u] = s;
        if (s >= 0) {
            startsOn[ua[u]][s]++;
            startsOn[ub[u]][s]++;
        }
    }

    /**
     * The start day in round r where meeting u's teams can best play: fewest blacked-out days, then fewest clashes
     * (closer than the rest gap) with their other meetings; ties at random.
     */
    int bestStart(int u, int r) {
        int[] options = c.starts[r];
        int host = homeIsA[u] ? ua[u] : ub[u];
        int visitor = homeIsA[u] ? ub[u] : ua[u];
        int best = Integer.MAX_VALUE;
        int ties = 0;
        int length = c.seriesLength;
        for (int s : options) {
            int score = c.unavailable(host, visitor, s) * 16;
            if (score > best) {
                continue;
            }
            score += clashes(ua[u], s, length) + clashes(ub[u], s, length);
            if (score < best) {
                best = score;
                ties = 0;
            }
            if (score == best && ties < bestStartTies.length) {
                bestStartTies[ties++] = s;
            }
        }
        return bestStartTies[rng.nextInt(ties)];
    }

    /**
     * Team t's other meetings closer than the rest gap to a meeting starting on day s (the meeting being placed has
     * no start while this is asked, so it does not count itself).
     */
    private int clashes(int t, int s, int length) {
        int from = Math.max(0, s - length - restGap + 2);
        int to = Math.min(c.dayCount - 1, s + length + restGap - 2);
        int[] counts = startsOn[t];
        int clashes = 0;
        for (int d = from; d <= to; d++) {
            clashes += counts[d];
        }
        return clashes;
    }
}
