package com.flextime.optimizer.season;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Simulated annealing over a season's meetings: each meeting (single game or series) has a round, a start day in
 * that round and a host. The pairing stays fixed. The cost is a sum over teams (every rule is judged on one team's
 * season), so a move re-judges only the teams it touches, plus the few season-wide rules ({@link SeasonWideRule},
 * e.g. Big Monday), which are re-judged after every move.
 *
 * <p>Two phases. <b>Feasibility</b>: minimise the number of hard violations, accepting a worse state with
 * probability exp(-Δ/T). <b>Improvement</b>: once no hard rule is broken, minimise the weighted soft score by
 * annealing in cycles (geometric cooling, reheat from the best state), never accepting a move that breaks a hard
 * rule. It stops at the iteration budget, the time limit, or after {@value #IDLE_CYCLES} cycles in a row that found
 * nothing better.
 *
 * <p>Moves: move a meeting to another round (usually one where both teams have room), change its day within the
 * round, swap its host (both legs of a twice-meeting together), reverse the hosts around a directed cycle of single
 * meetings (every team keeps its home count), swap the rounds of two meetings of one team, a Kempe chain between two
 * rounds (keeps every team at most once per round when it was), and swap two whole rounds. When every team plays in
 * every round, only the moves that keep rounds full run. A meeting moved into a round takes the start day its two
 * teams can best play (no blackout, no clash with their other games), ties broken at random. While hard rules are
 * broken, most moves pick a meeting of a team that breaks one.
 *
 * <p>Deterministic: the same seed and iteration budget give the same season; a time limit only decides where the
 * same trajectory stops.
 */
final class SeasonSearch {

    /** How a run ended and the state it found. */
    record Outcome(int[] round, int[] start, boolean[] homeIsA, int hard, double soft, long iterations,
                   long feasibleAt, long feasibleMillis, long millis) {
    }

    /** The improvement phase ends after this many cycles in a row without a better season. */
    static final int IDLE_CYCLES = 12;

    private final SeasonContext c;
    private final List<SeasonRule.Use> rules;
    private final SplittableRandom rng;
    private final int size;
    private final int[] ua;
    private final int[] ub;
    private final int[] partner;
    private final int[] round;
    private final int[] start;
    private final boolean[] homeIsA;
    private final int[][] teamUnits;
    private final int[] teamHard;
    private final double[] teamSoft;
    private final int[] usableRounds;
    private final int restGap;
    /** Every team plays in every round: only moves that keep that (Kempe chains, round swaps) change rounds. */
    private final boolean tight;
    private final TeamSeason view;
    /** Per team and day: how many of its meetings start that day (for the clash count of a candidate day). */
    private final int[][] startsOn;
    private int hard;
    private double soft;

    // the pending move: changed meetings with their old values, touched teams with their old costs
    private final int[] changed;
    private final int[] oldRound;
    private final int[] oldStart;
    private final boolean[] oldHome;
    private int changedCount;
    private final int[] touched;
    private final int[] touchedHard;
    private final double[] touchedSoft;
    private int touchedCount;
    private final int[] touchStamp;
    private final int[] changeStamp;
    private int stamp;
    private final int[] chain;
    private final int[] cycleParent;
    private final int[] cycleQueue;
    private final int[] cycleSeen;
    private int cycleStamp;
    private final int[] bestStartTies;
    /** Rules judged on the whole season (re-judged after every move) and their current hard count and score. */
    private final List<SeasonWideRule.Use> wideRules;
    private final SeasonGames games;
    private int wideHard;
    private double wideSoft;

    SeasonSearch(SeasonContext c, List<SeasonRule.Use> rules, List<SeasonWideRule.Use> wideRules,
                 Pairing.Result pairing, long seed) {
        this.c = c;
        this.rules = rules;
        this.wideRules = wideRules;
        this.rng = new SplittableRandom(seed);
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
        boolean everyRound = true;
        for (int t = 0; t < c.n; t++) {
            everyRound &= teamUnits[t].length >= usableRounds.length * c.format.maxPerRound();
        }
        this.tight = everyRound;
        this.restGap = c.format.rule("min-rest-days")
                .map(r -> Math.max(1, SeasonRule.number(r.param(), "min-rest-days"))).orElse(1);
        int maxUnits = Arrays.stream(teamUnits).mapToInt(u -> u.length).max().orElse(1);
        this.view = new TeamSeason(Math.max(1, maxUnits), c.roundCount, c.n);
        this.teamHard = new int[c.n];
        this.teamSoft = new double[c.n];
        this.changed = new int[size];
        this.oldRound = new int[size];
        this.oldStart = new int[size];
        this.oldHome = new boolean[size];
        this.touched = new int[c.n];
        this.touchedHard = new int[c.n];
        this.touchedSoft = new double[c.n];
        this.touchStamp = new int[c.n];
        this.changeStamp = new int[size];
        this.chain = new int[size];
        this.cycleParent = new int[c.n];
        this.cycleQueue = new int[c.n];
        this.cycleSeen = new int[c.n];
        this.bestStartTies = new int[64];
        this.startsOn = new int[c.n][c.dayCount];
        for (int u = 0; u < size; u++) {
            if (round[u] < 0 || c.starts[round[u]].length == 0) {
                round[u] = usableRounds[rng.nextInt(usableRounds.length)];
            }
            start[u] = -1;
        }
        for (int u = 0; u < size; u++) {
            setStart(u, bestStart(u, round[u]));
        }
        for (int t = 0; t < c.n; t++) {
            evaluate(t);
            hard += teamHard[t];
            soft += teamSoft[t];
        }
        resetWide();
        hard += wideHard;
        soft += wideSoft;
    }

    /** Judges the current state with the season-wide rules (the result is in {@code games}). */
    private void judgeWide() {
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

    // ---- evaluation ----------------------------------------------------------------------------------------------

    /** Judges team t's season with every rule; stores its hard count and soft score. */
    private void evaluate(int t) {
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

    /** Sets a meeting's start day (-1: none yet), keeping the per-team start counts. */
    private void setStart(int u, int s) {
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

    int hard() {
        return hard;
    }

    double soft() {
        return soft;
    }

    // ---- the pending move ----------------------------------------------------------------------------------------

    private void begin() {
        stamp++;
        changedCount = 0;
        touchedCount = 0;
    }

    private void touch(int t) {
        if (touchStamp[t] != stamp) {
            touchStamp[t] = stamp;
            touched[touchedCount] = t;
            touchedHard[touchedCount] = teamHard[t];
            touchedSoft[touchedCount] = teamSoft[t];
            touchedCount++;
        }
    }

    /** Records a meeting's old values before it changes (once per move). */
    private void save(int u) {
        if (changeStamp[u] != stamp) {
            changeStamp[u] = stamp;
            changed[changedCount] = u;
            oldRound[changedCount] = round[u];
            oldStart[changedCount] = start[u];
            oldHome[changedCount] = homeIsA[u];
            changedCount++;
            touch(ua[u]);
            touch(ub[u]);
        }
    }

    private int deltaHard;
    private double deltaSoft;

    private void judge() {
        deltaHard = 0;
        deltaSoft = 0;
        for (int i = 0; i < touchedCount; i++) {
            int t = touched[i];
            evaluate(t);
            deltaHard += teamHard[t] - touchedHard[i];
            deltaSoft += teamSoft[t] - touchedSoft[i];
        }
        if (!wideRules.isEmpty()) {
            judgeWide();
            deltaHard += games.judgedHard - wideHard;
            deltaSoft += games.judgedSoft - wideSoft;
        }
    }

    private void commit() {
        hard += deltaHard;
        soft += deltaSoft;
        if (!wideRules.isEmpty()) {
            wideHard = games.judgedHard;
            wideSoft = games.judgedSoft;
        }
    }

    private void revert() {
        for (int i = 0; i < changedCount; i++) {
            int u = changed[i];
            round[u] = oldRound[i];
            setStart(u, oldStart[i]);
            homeIsA[u] = oldHome[i];
        }
        for (int i = 0; i < touchedCount; i++) {
            teamHard[touched[i]] = touchedHard[i];
            teamSoft[touched[i]] = touchedSoft[i];
        }
    }

    // ---- moves ---------------------------------------------------------------------------------------------------

    /**
     * The start day in round r where meeting u's teams can best play: fewest blacked-out days, then fewest clashes
     * (closer than the rest gap) with their other meetings; ties at random.
     */
    private int bestStart(int u, int r) {
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

    private void place(int u, int r) {
        save(u);
        round[u] = r;
        setStart(u, -1);
        setStart(u, bestStart(u, r));
    }

    private boolean moveToRound(int u) {
        int r = usableRounds[rng.nextInt(usableRounds.length)];
        if (rng.nextInt(4) > 0) {
            // usually a round where both teams still have room
            int offset = rng.nextInt(usableRounds.length);
            for (int k = 0; k < usableRounds.length; k++) {
                int candidate = usableRounds[(k + offset) % usableRounds.length];
                if (candidate != round[u] && load(ua[u], candidate) < c.format.maxPerRound()
                        && load(ub[u], candidate) < c.format.maxPerRound()) {
                    r = candidate;
                    break;
                }
            }
        }
        if (r == round[u]) {
            return false;
        }
        place(u, r);
        return true;
    }

    private int load(int t, int r) {
        int count = 0;
        for (int v : teamUnits[t]) {
            if (round[v] == r) {
                count++;
            }
        }
        return count;
    }

    private boolean changeDay(int u) {
        int[] options = c.starts[round[u]];
        if (options.length < 2) {
            return false;
        }
        int s = options[rng.nextInt(options.length)];
        if (s == start[u]) {
            return false;
        }
        save(u);
        setStart(u, s);
        return true;
    }

    private boolean flip(int u) {
        save(u);
        homeIsA[u] = !homeIsA[u];
        if (partner[u] >= 0) {
            int p = partner[u];
            save(p);
            homeIsA[p] = !homeIsA[p];
            refit(p);
        }
        refit(u);
        return true;
    }

    /**
     * Reverses the hosts around a directed cycle of single meetings (h hosts v, v hosts w, ..., x hosts h): every
     * team on it keeps its number of home meetings, so an exact home/away balance survives. The cycle closes the
     * meeting u by the shortest path (breadth first, neighbours in random order, at most 5 meetings) from its
     * visitor back to its host.
     */
    private boolean flipCycle(int u) {
        if (partner[u] >= 0) {
            return flip(u);
        }
        int host = homeIsA[u] ? ua[u] : ub[u];
        int visitor = homeIsA[u] ? ub[u] : ua[u];
        cycleStamp++;
        int head = 0;
        int tail = 0;
        cycleQueue[tail++] = visitor;
        cycleSeen[visitor] = cycleStamp;
        cycleParent[visitor] = -1;
        int depth = 0;
        int levelEnd = tail;
        boolean found = false;
        while (head < tail && !found && depth < 4) {
            int x = cycleQueue[head++];
            int[] units = teamUnits[x];
            int offset = rng.nextInt(units.length);
            for (int k = 0; k < units.length && !found; k++) {
                int w = units[(k + offset) % units.length];
                if (w == u || partner[w] >= 0 || (homeIsA[w] ? ua[w] : ub[w]) != x) {
                    continue;
                }
                int y = homeIsA[w] ? ub[w] : ua[w];
                if (cycleSeen[y] == cycleStamp) {
                    continue;
                }
                cycleSeen[y] = cycleStamp;
                cycleParent[y] = w;
                if (y == host) {
                    found = true;
                } else {
                    cycleQueue[tail++] = y;
                }
            }
            if (head == levelEnd) {
                depth++;
                levelEnd = tail;
            }
        }
        if (!found) {
            return false;
        }
        save(u);
        homeIsA[u] = !homeIsA[u];
        for (int y = host; y != visitor; ) {
            int w = cycleParent[y];
            save(w);
            int x = homeIsA[w] ? ua[w] : ub[w];
            homeIsA[w] = !homeIsA[w];
            y = x;
        }
        for (int i = 0; i < changedCount; i++) {
            refit(changed[i]);
        }
        return true;
    }

    /** After a host change, a meeting whose day the new host cannot use takes a better day in the same round. */
    private void refit(int u) {
        int host = homeIsA[u] ? ua[u] : ub[u];
        int visitor = homeIsA[u] ? ub[u] : ua[u];
        if (c.unavailable(host, visitor, start[u]) > 0) {
            setStart(u, -1);
            setStart(u, bestStart(u, round[u]));
        }
    }

    private boolean swapRoundsOfTeam(int t) {
        int[] units = teamUnits[t];
        if (units.length < 2) {
            return false;
        }
        int u = units[rng.nextInt(units.length)];
        int v = units[rng.nextInt(units.length)];
        if (u == v || round[u] == round[v]) {
            return false;
        }
        int ru = round[u];
        int rv = round[v];
        save(u);
        save(v);
        round[u] = rv;
        round[v] = ru;
        setStart(u, -1);
        setStart(v, -1);
        setStart(u, bestStart(u, rv));
        setStart(v, bestStart(v, ru));
        return true;
    }

    /** Swaps meeting u's round r1 with r2 along the chain of meetings in those rounds that share a team. */
    private boolean kempe(int u) {
        int r1 = round[u];
        int r2 = usableRounds[rng.nextInt(usableRounds.length)];
        if (r1 == r2) {
            return false;
        }
        int length = 0;
        int head = 0;
        stamp++;
        int chainStamp = stamp;
        chain[length++] = u;
        changeStamp[u] = chainStamp;
        while (head < length) {
            int v = chain[head++];
            for (int side = 0; side < 2; side++) {
                for (int w : teamUnits[side == 0 ? ua[v] : ub[v]]) {
                    if (changeStamp[w] != chainStamp && (round[w] == r1 || round[w] == r2)) {
                        changeStamp[w] = chainStamp;
                        chain[length++] = w;
                    }
                }
            }
        }
        begin();
        for (int i = 0; i < length; i++) {
            int v = chain[i];
            save(v);
            round[v] = round[v] == r1 ? r2 : r1;
            setStart(v, -1);
        }
        for (int i = 0; i < length; i++) {
            int v = chain[i];
            setStart(v, bestStart(v, round[v]));
        }
        return true;
    }

    private boolean swapWholeRounds() {
        int r1 = usableRounds[rng.nextInt(usableRounds.length)];
        int r2 = usableRounds[rng.nextInt(usableRounds.length)];
        if (r1 == r2) {
            return false;
        }
        for (int u = 0; u < size; u++) {
            if (round[u] == r1 || round[u] == r2) {
                save(u);
                round[u] = round[u] == r1 ? r2 : r1;
                setStart(u, -1);
            }
        }
        for (int i = 0; i < changedCount; i++) {
            int u = changed[i];
            setStart(u, bestStart(u, round[u]));
        }
        return changedCount > 0;
    }

    /** A random meeting; while hard rules are broken, usually one of a team that breaks one. */
    private int pickUnit(boolean repairing) {
        if (repairing && rng.nextInt(4) > 0) {
            for (int tries = 0; tries < 8; tries++) {
                int t = rng.nextInt(c.n);
                if (teamHard[t] > 0 && teamUnits[t].length > 0) {
                    return teamUnits[t][rng.nextInt(teamUnits[t].length)];
                }
            }
        }
        return rng.nextInt(size);
    }

    /** Proposes one random move; false when it would change nothing. */
    private boolean propose(boolean repairing) {
        begin();
        int kind = rng.nextInt(100);
        int u = pickUnit(repairing);
        if (tight) {
            // keep every round full: no meeting changes round on its own
            if (kind < 25) {
                return changeDay(u);
            } else if (kind < 38) {
                return flip(u);
            } else if (kind < 60) {
                return flipCycle(u);
            } else if (kind < 95) {
                return kempe(u);
            }
            return swapWholeRounds();
        }
        if (kind < 22) {
            return moveToRound(u);
        } else if (kind < 40) {
            return changeDay(u);
        } else if (kind < 48) {
            return flip(u);
        } else if (kind < 62) {
            return flipCycle(u);
        } else if (kind < 72) {
            return swapRoundsOfTeam(rng.nextBoolean() ? ua[u] : ub[u]);
        } else if (kind < 97) {
            return kempe(u);
        } else {
            return swapWholeRounds();
        }
    }

    // ---- the run -------------------------------------------------------------------------------------------------

    Outcome run(long maxIterations, long deadlineNanos, BooleanSupplier stop) {
        long begin = System.nanoTime();
        int[] bestRound = round.clone();
        int[] bestStart = start.clone();
        boolean[] bestHome = homeIsA.clone();
        int bestHard = hard;
        double bestSoft = soft;
        long feasibleAt = hard == 0 ? 0 : -1;
        long feasibleMillis = hard == 0 ? 0 : -1;
        long it = 0;
        // phase 1: feasibility; a short hot spell after every 20,000 iterations without a new best
        long lastBest = 0;
        while (hard > 0 && it < maxIterations) {
            if ((it & 255) == 0 && (System.nanoTime() > deadlineNanos || stop.getAsBoolean())) {
                break;
            }
            it++;
            long since = it - lastBest;
            double temperature = since > 20_000 && since % 20_000 < 500 ? 1.5 : 0.35;
            if (!propose(true)) {
                continue;
            }
            judge();
            if (deltaHard <= 0 || rng.nextDouble() < StrictMath.exp(-deltaHard / temperature)) {
                commit();
                if (hard < bestHard || hard == bestHard && soft < bestSoft) {
                    if (hard < bestHard) {
                        lastBest = it;
                    }
                    bestHard = hard;
                    bestSoft = soft;
                    System.arraycopy(round, 0, bestRound, 0, size);
                    System.arraycopy(start, 0, bestStart, 0, size);
                    System.arraycopy(homeIsA, 0, bestHome, 0, size);
                }
            } else {
                revert();
            }
        }
        if (hard == 0) {
            feasibleAt = it;
            feasibleMillis = (System.nanoTime() - begin) / 1_000_000;
            bestHard = 0;
            bestSoft = resum();
            System.arraycopy(round, 0, bestRound, 0, size);
            System.arraycopy(start, 0, bestStart, 0, size);
            System.arraycopy(homeIsA, 0, bestHome, 0, size);
            // phase 2: improve the soft score without breaking a hard rule
            double t0 = calibrate();
            long cycle = Math.max(20_000, 400L * size);
            long cycleStart = it;
            boolean improvedThisCycle = false;
            int idleCycles = 0;
            while (it < maxIterations && idleCycles < IDLE_CYCLES) {
                if ((it & 255) == 0 && (System.nanoTime() > deadlineNanos || stop.getAsBoolean())) {
                    break;
                }
                long inCycle = it - cycleStart;
                if (inCycle >= cycle) {
                    if (!improvedThisCycle) {
                        restore(bestRound, bestStart, bestHome);
                        idleCycles++;
                    } else {
                        idleCycles = 0;
                    }
                    cycleStart = it;
                    inCycle = 0;
                    improvedThisCycle = false;
                }
                double t = t0 * StrictMath.pow(0.002, (double) inCycle / cycle);
                it++;
                if (!propose(false)) {
                    continue;
                }
                judge();
                if (deltaHard > 0) {
                    revert();
                    continue;
                }
                if (deltaSoft <= 0 || rng.nextDouble() < StrictMath.exp(-deltaSoft / t)) {
                    commit();
                    if (soft < bestSoft - 1e-9) {
                        bestSoft = soft;
                        improvedThisCycle = true;
                        System.arraycopy(round, 0, bestRound, 0, size);
                        System.arraycopy(start, 0, bestStart, 0, size);
                        System.arraycopy(homeIsA, 0, bestHome, 0, size);
                    }
                } else {
                    revert();
                }
            }
        }
        restore(bestRound, bestStart, bestHome);
        return new Outcome(round.clone(), start.clone(), homeIsA.clone(), hard, soft, it, feasibleAt, feasibleMillis,
                (System.nanoTime() - begin) / 1_000_000);
    }

    /** The soft temperature: the mean worsening of 200 random feasible moves (then undone). */
    private double calibrate() {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < 2_000 && count < 200; i++) {
            if (!propose(false)) {
                continue;
            }
            judge();
            if (deltaHard == 0 && deltaSoft > 1e-9) {
                sum += deltaSoft;
                count++;
            }
            revert();
        }
        return count == 0 ? 1 : sum / count;
    }

    private void restore(int[] bestRound, int[] bestStart, boolean[] bestHome) {
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

    private double resum() {
        double s = wideSoft;
        for (int t = 0; t < c.n; t++) {
            s += teamSoft[t];
        }
        return s;
    }
}
