package com.flextime.optimizer.season;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code big-monday day=MON;dates=A..B;time=HH:MM;zone=Z;gap=D;near=M}: ESPN's Big Monday. On each TV date (the
 * {@code day}s among {@code dates}) one game of that day is the televised game, at {@code time} in {@code zone}
 * (20:00 Central). The generator designates them itself, so this rule asks that a designation exists: a game on the
 * date whose visitor did not come off a weekend road game more than {@code near} miles away (the "road Big Monday
 * preceded by a home Saturday game, except for nearby opponents" rule; a free weekend also qualifies), and no team
 * on two TV dates less than {@code gap} days apart. The measure is the number of TV dates without such a game.
 *
 * <p>The designation is chosen by dynamic programming over the dates: as many dates as possible, then as few TV
 * hosts as possible that did not play on the road on the weekend before ({@code big-monday-home-after-road}, soft),
 * ties to the lower host and visitor index, so the search, the validator and the written season agree on it.
 */
final class BigMonday implements SeasonWideRule {

    private static final Set<String> OPTIONS = Set.of("day", "dates", "time", "zone", "gap", "near");
    /** Cost of a TV date without a game, above any sum of soft misses. */
    private static final int MISSING = 1_000;

    /** One designated game: the TV date, host and visitor (team indices), and the local start time at the host. */
    record Designation(LocalDate date, int host, int visitor) {
    }

    private final List<LocalDate> dates = new ArrayList<>();
    private final LocalTime time;
    private final ZoneId zone;
    private final int gap;
    private final double near;
    /** The key of this rule's scratch in {@link SeasonGames}: the same for every instance with the same data. */
    private final String key;

    BigMonday(String param) {
        this.key = "big-monday " + param;
        Map<String, String> o = SeasonRule.options(param, "big-monday", OPTIONS);
        DayOfWeek day = SeasonFormats.day(o.getOrDefault("day", "MON"));
        for (LocalDate date : SeasonFormats.dates(o.getOrDefault("dates", ""))) {
            if (date.getDayOfWeek() == day) {
                dates.add(date);
            }
        }
        if (dates.isEmpty()) {
            throw new IllegalArgumentException("big-monday: no " + day + " among the dates '" + o.get("dates") + "'");
        }
        this.time = LocalTime.parse(o.getOrDefault("time", "20:00"));
        this.zone = ZoneId.of(o.getOrDefault("zone", "America/Chicago"));
        this.gap = SeasonRule.number(o.getOrDefault("gap", "14"), "big-monday gap");
        this.near = SeasonRule.number(o.getOrDefault("near", "0"), "big-monday near");
        for (int i = 0; i + 2 < dates.size(); i++) {
            if (dates.get(i + 2).toEpochDay() - dates.get(i).toEpochDay() < gap) {
                throw new IllegalArgumentException("big-monday: a gap of " + gap
                        + " days reaches past the next TV date; only neighbouring dates are compared");
            }
        }
    }

    /** The sport's Big Monday rule as its row configures it, if it has one. */
    static java.util.Optional<BigMonday> of(SeasonFormat format) {
        return format.rule("big-monday").map(spec -> new BigMonday(spec.param()));
    }

    @Override
    public String id() {
        return "big-monday";
    }

    @Override
    public String name() {
        return "A Big Monday game (" + time + " " + zone.getId() + ") on each of " + dates.size()
                + " TV dates, visitor not off a far weekend road game, a team's TV dates " + gap + "+ days apart";
    }

    @Override
    public double measure(SeasonGames games, SeasonContext c) {
        return solve(games, c).missing;
    }

    /** TV hosts that did not play on the road on the weekend before (soft, {@code big-monday-home-after-road}). */
    double hostsNotOffRoad(SeasonGames games, SeasonContext c) {
        return solve(games, c).hostMisses;
    }

    List<LocalDate> dates() {
        return List.copyOf(dates);
    }

    LocalTime time() {
        return time;
    }

    ZoneId zone() {
        return zone;
    }

    /** The designated games, in date order. */
    List<Designation> designate(SeasonGames games, SeasonContext c) {
        Plan plan = solve(games, c);
        List<Designation> result = new ArrayList<>();
        for (int k = 0; k < dates.size(); k++) {
            int j = plan.choice[k];
            if (j < plan.count[k]) {
                int g = plan.candidates[k][j];
                result.add(new Designation(dates.get(k), games.host[g], games.visitor[g]));
            }
        }
        return result;
    }

    /** Per chain: the TV dates as days of the window and the last plan, for the version of the games it is about. */
    private final class Plan {
        final int[] day;
        /** Per day of the window: the TV date it is (-1: none), and the TV date it is the weekend before of. */
        final int[] tvDate;
        final int[] weekendOf;
        final int[][] candidates;
        final int[] count;
        /** Per TV date and team: where it played on the weekend before (the host's index), -1 for nowhere. */
        final int[][] weekend;
        final int[][] cost;
        final int[][] from;
        final int[] choice;
        long version = -1;
        int missing;
        int hostMisses;

        Plan(SeasonContext c) {
            int k = dates.size();
            day = new int[k];
            tvDate = new int[c.dayCount];
            weekendOf = new int[c.dayCount];
            java.util.Arrays.fill(tvDate, -1);
            java.util.Arrays.fill(weekendOf, -1);
            for (int i = 0; i < k; i++) {
                day[i] = c.day(dates.get(i));
                if (day[i] >= 0 && day[i] < c.dayCount) {
                    tvDate[day[i]] = i;
                }
                for (int d = day[i] - 2; d < day[i]; d++) {
                    if (d >= 0 && d < c.dayCount) {
                        weekendOf[d] = i;
                    }
                }
            }
            int max = c.n / 2 + 1;
            candidates = new int[k][max];
            count = new int[k];
            weekend = new int[k][c.n];
            cost = new int[k][max + 1];
            from = new int[k][max + 1];
            choice = new int[k];
        }
    }

    private Plan solve(SeasonGames games, SeasonContext c) {
        Plan p = games.scratch(key, () -> new Plan(c));
        if (p.version == games.version) {
            return p;
        }
        p.version = games.version;
        int k = dates.size();
        for (int i = 0; i < k; i++) {
            p.count[i] = 0;
            java.util.Arrays.fill(p.weekend[i], -1);
        }
        for (int g = 0; g < games.size; g++) {
            int first = games.first[g];
            int last = games.last[g];
            if (first == last && first >= 0 && first < c.dayCount && p.tvDate[first] >= 0) {
                int i = p.tvDate[first];
                if (p.count[i] < p.candidates[i].length) {
                    p.candidates[i][p.count[i]++] = g;
                }
            }
            for (int d = Math.max(0, first); d <= last && d < c.dayCount; d++) {
                int i = p.weekendOf[d];
                if (i >= 0) {
                    p.weekend[i][games.host[g]] = games.host[g];
                    p.weekend[i][games.visitor[g]] = games.host[g];
                }
            }
        }
        for (int i = 0; i < k; i++) {
            sortCandidates(p.candidates[i], p.count[i], games);
        }
        // cost[i][j]: the best plan for dates 0..i with choice j at date i (j == count: no game that date)
        for (int i = 0; i < k; i++) {
            for (int j = 0; j <= p.count[i]; j++) {
                int own = j == p.count[i] ? MISSING : eligible(p, i, p.candidates[i][j], games, c);
                int best = Integer.MAX_VALUE / 2;
                int arg = -1;
                if (i == 0) {
                    best = 0;
                } else {
                    for (int q = 0; q <= p.count[i - 1]; q++) {
                        int before = p.cost[i - 1][q];
                        if (before < best && compatible(p, i, j, q, games)) {
                            best = before;
                            arg = q;
                        }
                    }
                }
                p.cost[i][j] = own >= Integer.MAX_VALUE / 2 ? own : best + own;
                p.from[i][j] = arg;
            }
        }
        int last = k - 1;
        int bestJ = 0;
        for (int j = 1; j <= p.count[last]; j++) {
            if (p.cost[last][j] < p.cost[last][bestJ]) {
                bestJ = j;
            }
        }
        int total = p.cost[last][bestJ];
        for (int i = last, j = bestJ; i >= 0; i--) {
            p.choice[i] = j;
            j = p.from[i][j];
        }
        p.missing = total / MISSING;
        p.hostMisses = total % MISSING;
        return p;
    }

    /** The cost of a candidate: ineligible (huge), or 0/1 for its host coming off a road game or not. */
    private int eligible(Plan p, int i, int g, SeasonGames games, SeasonContext c) {
        int host = games.host[g];
        int visitor = games.visitor[g];
        int visitorWas = p.weekend[i][visitor];
        if (visitorWas >= 0 && visitorWas != visitor && c.miles[visitorWas][host] > near) {
            return Integer.MAX_VALUE / 2;
        }
        int hostWas = p.weekend[i][host];
        return hostWas >= 0 && hostWas != host ? 0 : 1;
    }

    /** May choice j at date i follow choice q at date i-1 (no team on both when they are less than gap apart)? */
    private boolean compatible(Plan p, int i, int j, int q, SeasonGames games) {
        if (j == p.count[i] || q == p.count[i - 1] || p.day[i] - p.day[i - 1] >= gap) {
            return true;
        }
        int a = p.candidates[i][j];
        int b = p.candidates[i - 1][q];
        return games.host[a] != games.host[b] && games.host[a] != games.visitor[b]
                && games.visitor[a] != games.host[b] && games.visitor[a] != games.visitor[b];
    }

    private static void sortCandidates(int[] list, int count, SeasonGames games) {
        for (int x = 1; x < count; x++) {
            int g = list[x];
            int y = x - 1;
            while (y >= 0 && (games.host[list[y]] > games.host[g]
                    || games.host[list[y]] == games.host[g] && games.visitor[list[y]] > games.visitor[g])) {
                list[y + 1] = list[y];
                y--;
            }
            list[y + 1] = g;
        }
    }
}
