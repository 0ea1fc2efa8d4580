package com.flextime.optimizer.season;

import com.flextime.domain.rules.HardRules;
import com.flextime.domain.rules.RuleViolation;
import com.flextime.domain.schedule.SeasonSchedule;
import com.flextime.events.GameScheduled;
import com.flextime.events.SeasonScheduleCreated;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges a generated season from its games alone (date, time, home, away, venue), not from the search's state:
 * <ol>
 *   <li>the command side's hard rules: the games are folded into a {@link SeasonSchedule} from the season's creation
 *       event and one {@link GameScheduled} each, and {@link HardRules#checkAllGames} must allow every one;</li>
 *   <li>the format: games per team, pair meetings (once, or twice home and away), series at one venue on
 *       consecutive days, required pairs, and every hard season rule of the sport;</li>
 *   <li>the soft rules' scores, and per team its travel miles, home/away pattern and breaks.</li>
 * </ol>
 */
public final class SeasonValidator {

    /** A team's line in the report. */
    public record TeamLine(String team, int games, int home, int away, double miles, String pattern, int breaks) {
    }

    /** Everything the report prints. */
    public record Validation(List<RuleViolation> commandSide, Map<String, Integer> format,
                             Map<String, String> formatNames, Map<String, Double> soft, Map<String, String> softNames,
                             List<TeamLine> teams, List<String> bigMondays) {

        public int formatViolations() {
            return format.values().stream().mapToInt(Integer::intValue).sum();
        }

        public int hardViolations() {
            return commandSide.size() + formatViolations();
        }

        public double softScore() {
            return soft.values().stream().mapToDouble(Double::doubleValue).sum();
        }

        public double travelMiles() {
            return teams.stream().mapToDouble(TeamLine::miles).sum();
        }
    }

    /** One meeting rebuilt from the games: a single game or a run of games between the pair at one venue. */
    private record Meeting(int home, int away, int first, int last, int games, String venue) {
    }

    private SeasonValidator() {
    }

    /** The command side's verdict on the games: every violation of {@link HardRules#standard()}. */
    public static List<RuleViolation> commandSideViolations(SeasonScheduleCreated created,
                                                            List<SeasonGenerator.Game> games) {
        SeasonSchedule schedule = SeasonSchedule.created(created);
        int i = 0;
        for (SeasonGenerator.Game game : games) {
            schedule.apply(new GameScheduled(created.scheduleId(), "game-" + (++i), game.home(), game.away(),
                    game.date(), game.time(), game.venue()));
        }
        return HardRules.standard().checkAllGames(schedule).violations();
    }

    public static Validation validate(SeasonContext c, List<SeasonGenerator.Game> games) {
        SeasonFormat format = c.format;
        List<RuleViolation> commandSide = commandSideViolations(c.created, games);
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        List<Meeting>[][] byPair = meetings(c, games);
        int length = format.seriesLength();

        int gamesPerTeam = 0;
        int pairMeetings = 0;
        int series = 0;
        int required = 0;
        int[] gameCount = new int[c.n];
        for (SeasonGenerator.Game game : games) {
            Integer h = c.index.get(game.home());
            Integer a = c.index.get(game.away());
            if (h != null) {
                gameCount[h]++;
            }
            if (a != null) {
                gameCount[a]++;
            }
        }
        for (int t = 0; t < c.n; t++) {
            if (gameCount[t] != format.gamesPerTeam()) {
                gamesPerTeam++;
            }
            int onceCount = 0;
            int twiceCount = 0;
            for (int o = 0; o < c.n; o++) {
                List<Meeting> list = byPair[Math.min(t, o)][Math.max(t, o)];
                int k = list == null ? 0 : list.size();
                if (k == 1) {
                    onceCount++;
                } else if (k == 2) {
                    twiceCount++;
                    if (t < o && list.get(0).home() == list.get(1).home()) {
                        pairMeetings++;
                    }
                } else if (k > 2 && t < o) {
                    pairMeetings += k - 2;
                }
                if (t < o && list != null) {
                    for (Meeting m : list) {
                        if (m.games() != length) {
                            series++;
                        }
                    }
                }
            }
            pairMeetings += Math.abs(onceCount - format.opponentsOnce())
                    + Math.abs(twiceCount - format.opponentsTwice());
        }
        for (List<String> pair : format.requiredPairs()) {
            if (count(c, byPair, pair) < 1) {
                required++;
            }
        }
        for (List<String> pair : format.twicePairs()) {
            if (count(c, byPair, pair) < 2) {
                required++;
            }
        }
        put(counts, names, "games-per-team", "Every team plays " + format.gamesPerTeam() + " games", gamesPerTeam);
        put(counts, names, "pair-meetings", "Each team meets " + format.opponentsOnce() + " opponents once and "
                + format.opponentsTwice() + " twice (home and away)", pairMeetings);
        put(counts, names, "series-at-one-venue", length == 1 ? "Every meeting is a single game"
                : "A series is " + length + " games on consecutive days at one venue", series);
        put(counts, names, "required-pairs", "Required pairs meet (rivals, pods, divisions)", required);

        Map<String, Double> soft = new LinkedHashMap<>();
        Map<String, String> softNames = new LinkedHashMap<>();
        List<SeasonRule.Use> rules = SeasonRules.of(format);
        int maxMeetings = 1;
        for (int t = 0; t < c.n; t++) {
            maxMeetings = Math.max(maxMeetings, gameCount[t]);
        }
        TeamSeason view = new TeamSeason(maxMeetings, c.roundCount, c.n);
        int tripGap = rules.stream().filter(u -> u.rule() instanceof Travel).map(u -> ((Travel) u.rule()).tripGap())
                .findFirst().orElse(3);
        List<TeamLine> lines = new ArrayList<>();
        double[] totals = new double[rules.size()];
        for (int t = 0; t < c.n; t++) {
            view.clear(t);
            for (int o = 0; o < c.n; o++) {
                List<Meeting> list = byPair[Math.min(t, o)][Math.max(t, o)];
                if (o == t || list == null) {
                    continue;
                }
                for (Meeting m : list) {
                    int r = m.first() >= 0 && m.first() < c.dayCount ? c.roundOfDay[m.first()] : -1;
                    view.add(m.first(), m.last(), o, r, m.home() == t);
                }
            }
            view.sort();
            for (int i = 0; i < rules.size(); i++) {
                totals[i] += rules.get(i).rule().measure(view, c);
            }
            int home = view.homeCount();
            lines.add(new TeamLine(c.teams.get(t), gameCount[t], home, view.size() - home,
                    Travel.miles(view, c, tripGap), view.pattern(), Breaks.count(view)));
        }
        for (int i = 0; i < rules.size(); i++) {
            SeasonRule.Use use = rules.get(i);
            if (use.hard()) {
                put(counts, names, use.rule().id(), use.rule().name(), (int) Math.round(totals[i]));
            } else {
                soft.put(use.rule().id(), use.weight() * totals[i]);
                softNames.put(use.rule().id(), use.rule().name() + ", weight " + use.weight());
            }
        }
        // the season-wide rules, on every meeting at once
        SeasonGames all = new SeasonGames(games.size());
        all.clear();
        for (int a = 0; a < c.n; a++) {
            for (int b = a + 1; b < c.n; b++) {
                for (Meeting m : byPair[a][b] == null ? List.<Meeting>of() : byPair[a][b]) {
                    all.add(m.home(), m.away(), m.first(), m.last(),
                            m.first() >= 0 && m.first() < c.dayCount ? c.roundOfDay[m.first()] : -1);
                }
            }
        }
        for (SeasonWideRule.Use use : SeasonRules.wide(format)) {
            double measure = use.rule().measure(all, c);
            if (use.hard()) {
                put(counts, names, use.rule().id(), use.rule().name(), (int) Math.round(measure));
            } else {
                soft.put(use.rule().id(), use.weight() * measure);
                softNames.put(use.rule().id(), use.rule().name() + ", weight " + use.weight());
            }
        }
        List<String> bigMondays = new ArrayList<>();
        BigMonday.of(format).ifPresent(rule -> rule.designate(all, c).forEach(d -> bigMondays.add(d.date() + " "
                + c.teams.get(d.visitor()) + " at " + c.teams.get(d.host()) + timeOf(games, d, c))));
        return new Validation(commandSide, counts, names, soft, softNames, lines, List.copyOf(bigMondays));
    }

    private static String timeOf(List<SeasonGenerator.Game> games, BigMonday.Designation d, SeasonContext c) {
        return games.stream().filter(g -> g.date().equals(d.date()) && g.home().equals(c.teams.get(d.host())))
                .findFirst().map(g -> " " + g.time() + " local").orElse("");
    }

    private static void put(Map<String, Integer> counts, Map<String, String> names, String id, String name, int n) {
        counts.merge(id, n, Integer::sum);
        names.putIfAbsent(id, name);
    }

    private static int count(SeasonContext c, List<Meeting>[][] byPair, List<String> pair) {
        Integer a = c.index.get(pair.get(0));
        Integer b = c.index.get(pair.get(1));
        if (a == null || b == null) {
            return 0;
        }
        List<Meeting> list = byPair[Math.min(a, b)][Math.max(a, b)];
        return list == null ? 0 : list.size();
    }

    /**
     * Groups each pair's games into meetings: consecutive days, same host, same venue, at most the series length.
     */
    @SuppressWarnings("unchecked")
    private static List<Meeting>[][] meetings(SeasonContext c, List<SeasonGenerator.Game> games) {
        Map<Long, List<SeasonGenerator.Game>> byPair = new HashMap<>();
        for (SeasonGenerator.Game game : games) {
            Integer h = c.index.get(game.home());
            Integer a = c.index.get(game.away());
            if (h == null || a == null || h.equals(a)) {
                continue;
            }
            long key = (long) Math.min(h, a) * 1000 + Math.max(h, a);
            byPair.computeIfAbsent(key, k -> new ArrayList<>()).add(game);
        }
        List<Meeting>[][] result = new List[c.n][c.n];
        int length = c.format.seriesLength();
        byPair.forEach((key, list) -> {
            list.sort(Comparator.comparing(SeasonGenerator.Game::date).thenComparing(SeasonGenerator.Game::time));
            List<Meeting> meetings = new ArrayList<>();
            Meeting current = null;
            for (SeasonGenerator.Game game : list) {
                int day = c.day(game.date());
                int home = c.index.get(game.home());
                int away = c.index.get(game.away());
                if (current != null && current.games() < length && day == current.last() + 1
                        && current.home() == home && current.venue().equals(game.venue())) {
                    current = new Meeting(home, away, current.first(), day, current.games() + 1, game.venue());
                    meetings.set(meetings.size() - 1, current);
                } else {
                    current = new Meeting(home, away, day, day, 1, game.venue());
                    meetings.add(current);
                }
            }
            result[(int) (key / 1000)][(int) (key % 1000)] = meetings;
        });
        return result;
    }
}
