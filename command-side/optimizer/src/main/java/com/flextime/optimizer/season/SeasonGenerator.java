package com.flextime.optimizer.season;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.schedule.SeasonSetup;
import com.flextime.events.SeasonScheduleCreated;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Generates a full conference season for one sport: opens the season exactly as the command side would
 * ({@link SeasonSetup}: teams, window, game days, closed dates and team blackouts, campus blackouts at each home
 * venue), pairs the teams, and runs one {@link SeasonSearch} per thread (seeds {@code seed, seed+1, ...}); the best
 * season wins.
 */
public final class SeasonGenerator {

    /** Search limits: wall-clock time, iterations per chain, seed, parallel chains. */
    public record Settings(Duration time, long iterations, long seed, int threads) {

        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1");
            }
        }
    }

    /** One generated game: date, local start time, home and away team codes, venue code. */
    public record Game(LocalDate date, LocalTime time, String home, String away, String venue) {
    }

    /** A game of a season as it stands, for an improvement: locked games never move, published ones cost to move. */
    public record ExistingGame(String id, String home, String away, LocalDate date, LocalTime time, String venue,
                               boolean locked, boolean published) {
    }

    /** An improved season: the result, and the id of each of its games (the same index as in its game list). */
    public record Improvement(Result result, List<String> gameIds, int publishedGamesMoved) {
    }

    /** What the generator found, and how the search went. */
    public record Result(SeasonContext context, SeasonScheduleCreated created, List<Game> games, String pairing,
                         int searchHard, double searchSoft, long iterations, long feasibleAtIteration,
                         long feasibleMillis, long searchMillis, int threads) {

        public SeasonFormat format() {
            return context.format();
        }
    }

    private SeasonGenerator() {
    }

    /** Opens the season the way the command side does, with the format's closed dates and team blackouts. */
    public static SeasonScheduleCreated open(ConferenceCatalog catalog, SeasonFormat format) {
        List<String> teams = List.copyOf(catalog.participants(format.sport()));
        Map<String, Set<java.time.LocalDate>> teamBlackouts = new TreeMap<>();
        for (String team : teams) {
            if (!format.closedDates().isEmpty()) {
                teamBlackouts.computeIfAbsent(team, t -> new TreeSet<>()).addAll(format.closedDates());
            }
        }
        format.teamBlackouts().forEach((team, dates) -> {
            if (!teams.contains(team)) {
                throw new IllegalArgumentException(format.sport() + " team-blackouts: " + team + " does not play");
            }
            teamBlackouts.computeIfAbsent(team, t -> new TreeSet<>()).addAll(dates);
        });
        return new SeasonSetup(catalog).open("generated-" + format.sport() + "-" + format.season(), format.sport(),
                format.season(), null, teams, format.window(), format.gameDays(), teamBlackouts, null);
    }

    public static Result generate(String sport, String season, Settings settings) {
        return generate(sport, season, settings, List.of());
    }

    /**
     * Generates a season next to other sports' seasons already written by {@code generate} ({@code with}: files,
     * {@code SPORT=file} or {@code file}, see {@link SharedVenues#read}): their games occupy the venues they use.
     */
    public static Result generate(String sport, String season, Settings settings, List<String> with) {
        ConferenceCatalog catalog = ConferenceCatalog.big12();
        return generateWith(sport, season, settings, SharedVenues.read(with, SeasonFormats.of(season), catalog));
    }

    static Result generateWith(String sport, String season, Settings settings, List<SharedVenues.Season> others) {
        ConferenceCatalog catalog = ConferenceCatalog.big12();
        SeasonFormats formats = SeasonFormats.of(season);
        SeasonFormat format = formats.format(sport).orElseThrow(() -> new IllegalArgumentException(
                "no format for sport '" + sport + "' in " + season + "; known: " + formats.sports()));
        for (SharedVenues.Season other : others) {
            if (other.sport().equals(sport)) {
                throw new IllegalArgumentException("--with: " + sport + " is the sport being generated");
            }
        }
        SeasonScheduleCreated created = open(catalog, format);
        return search(new SeasonContext(format, created, catalog, formats, others), settings, new AtomicBoolean(),
                SeasonProgress.NONE, null).result();
    }

    /**
     * Generates the games of a season opened through the command side (its own teams, calendar and blackouts, as
     * of now), in its sport's format for its season. Stops early when {@code stop} is set, keeping the best
     * season so far; {@code progress} hears each better one across all chains.
     *
     * @throws IllegalArgumentException when no format exists for the sport and season, or the format cannot be
     *                                  played by the season's teams (the message says which)
     */
    public static Result generateFor(SeasonScheduleCreated season, Settings settings, AtomicBoolean stop,
                                     SeasonProgress progress) {
        ConferenceCatalog catalog = ConferenceCatalog.big12();
        SeasonFormats formats = SeasonFormats.of(season.season());
        SeasonFormat format = formats.format(season.sport()).orElseThrow(() -> new IllegalArgumentException(
                "no format for sport '" + season.sport() + "' in " + season.season() + "; formats exist for "
                        + formats.sports()));
        int needed = format.opponentsOnce() + format.opponentsTwice() + 1;
        if (season.teams().size() < needed) {
            throw new IllegalArgumentException("the " + season.season() + " " + season.sport() + " format has each "
                    + "team meet " + (needed - 1) + " opponents, so it needs at least " + needed + " teams; this "
                    + "season has " + season.teams().size());
        }
        return search(new SeasonContext(format, season, catalog, formats, List.of()), settings, stop,
                new BestAcrossChains(progress), null).result();
    }

    /**
     * Improves a season that has games: the search starts from them, never moves a locked game, and charges
     * {@code publishedMoveCost} (soft) for every published game it moves to another day or host. The proposed
     * games keep their ids; a game that keeps its day and host keeps its time and venue too.
     *
     * @throws IllegalArgumentException when the format cannot read the games (the message names the game)
     */
    public static Improvement improve(SeasonScheduleCreated season, List<ExistingGame> games, Settings settings,
                                      AtomicBoolean stop, SeasonProgress progress, double publishedMoveCost) {
        ConferenceCatalog catalog = ConferenceCatalog.big12();
        SeasonFormats formats = SeasonFormats.of(season.season());
        SeasonFormat format = formats.format(season.sport()).orElseThrow(() -> new IllegalArgumentException(
                "no format for sport '" + season.sport() + "' in " + season.season()));
        SeasonContext context = new SeasonContext(format, season, catalog, formats, List.of());
        ExistingSeason existing = ExistingSeason.of(context, games);
        Found found = search(context, settings, stop, new BestAcrossChains(progress),
                new Start(existing, publishedMoveCost));
        return improved(context, existing, found);
    }

    /** Where an improvement starts, and what moving a published game costs. */
    private record Start(ExistingSeason season, double publishedMoveCost) {
    }

    /** The best chain's result with its meetings, for turning them back into the season's own games. */
    private record Found(Result result, SeasonSearch.Outcome outcome) {
    }

    private static Improvement improved(SeasonContext c, ExistingSeason existing, Found found) {
        SeasonSearch.Outcome outcome = found.outcome();
        record Identified(String id, Game game) {
        }
        List<Identified> all = new ArrayList<>();
        int publishedMoved = 0;
        Pairing.Result meetings = existing.pairing;
        for (int u = 0; u < meetings.size(); u++) {
            int host = outcome.homeIsA()[u] ? meetings.a()[u] : meetings.b()[u];
            int visitor = host == meetings.a()[u] ? meetings.b()[u] : meetings.a()[u];
            boolean kept = host == existing.host[u] && outcome.start()[u] == existing.start[u];
            if (!kept && existing.published[u]) {
                publishedMoved += c.seriesLength;
            }
            for (int i = 0; i < c.seriesLength; i++) {
                LocalDate date = c.date(outcome.start()[u] + i);
                Game game = kept ? new Game(date, existing.times[u][i], c.teams.get(host), c.teams.get(visitor),
                        existing.venues[u][i])
                        : new Game(date, c.format.timeOn(date.getDayOfWeek()), c.teams.get(host),
                                c.teams.get(visitor), c.venue[host]);
                all.add(new Identified(existing.ids[u][i], game));
            }
        }
        all.sort(Comparator.comparing((Identified g) -> g.game().date()).thenComparing(g -> g.game().time())
                .thenComparing(g -> g.game().home()));
        Result r = found.result();
        Result result = new Result(r.context(), r.created(), all.stream().map(Identified::game).toList(),
                r.pairing(), r.searchHard(), r.searchSoft(), r.iterations(), r.feasibleAtIteration(),
                r.feasibleMillis(), r.searchMillis(), r.threads());
        return new Improvement(result, all.stream().map(Identified::id).toList(), publishedMoved);
    }

    /** Forwards only what is better than every chain's best so far. */
    private static final class BestAcrossChains implements SeasonProgress {
        private final SeasonProgress listener;
        private int hard = Integer.MAX_VALUE;
        private double soft = Double.MAX_VALUE;

        BestAcrossChains(SeasonProgress listener) {
            this.listener = listener;
        }

        @Override
        public synchronized void improved(int hardViolations, double softScore) {
            if (hardViolations < hard || hardViolations == hard && softScore < soft - 1e-9) {
                hard = hardViolations;
                soft = softScore;
                listener.improved(hardViolations, softScore);
            }
        }
    }

    private static Found search(SeasonContext context, Settings settings, AtomicBoolean stop,
                                SeasonProgress progress, Start from) {
        SeasonFormat format = context.format();
        SeasonScheduleCreated created = context.created;
        String sport = format.sport();
        List<SeasonRule.Use> rules = SeasonRules.of(format);
        List<SeasonWideRule.Use> wide = new ArrayList<>(SeasonRules.wide(format));
        if (from != null && from.publishedMoveCost() > 0) {
            wide.add(new SeasonWideRule.Use(new KeepPublished(from.season(), context.seriesLength), false,
                    from.publishedMoveCost()));
        }
        long deadline = System.nanoTime() + settings.time().toNanos();
        int chains = settings.threads();
        SeasonSearch.Outcome[] outcomes = new SeasonSearch.Outcome[chains];
        Pairing.Result[] pairings = new Pairing.Result[chains];
        RuntimeException[] failures = new RuntimeException[chains];
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < chains; i++) {
            int chain = i;
            Runnable run = () -> {
                try {
                    long seed = settings.seed() + chain;
                    SplittableRandom pairingRandom = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 7);
                    pairings[chain] = from != null ? from.season().pairing
                            : new Pairing(context, pairingRandom).build();
                    SeasonSearch search = new SeasonSearch(context, rules, wide, pairings[chain], seed,
                            from == null ? null : from.season());
                    outcomes[chain] = search.run(settings.iterations(), deadline, stop::get, progress);
                } catch (RuntimeException e) {
                    failures[chain] = e;
                }
            };
            if (chains == 1) {
                run.run();
            } else {
                Thread thread = new Thread(run, "season-" + sport + "-" + chain);
                thread.start();
                threads.add(thread);
            }
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                stop.set(true);
                Thread.currentThread().interrupt();
            }
        }
        int best = -1;
        for (int i = 0; i < chains; i++) {
            if (failures[i] != null) {
                throw failures[i];
            }
            SeasonSearch.Outcome o = outcomes[i];
            if (best < 0 || o.hard() < outcomes[best].hard()
                    || o.hard() == outcomes[best].hard() && o.soft() < outcomes[best].soft() - 1e-9) {
                best = i;
            }
        }
        SeasonSearch.Outcome outcome = outcomes[best];
        Pairing.Result pairing = pairings[best];
        long iterations = 0;
        for (SeasonSearch.Outcome o : outcomes) {
            iterations += o.iterations();
        }
        return new Found(new Result(context, created, games(context, pairing, outcome), pairing.method(),
                outcome.hard(), outcome.soft(), iterations, outcome.feasibleAt(), outcome.feasibleMillis(),
                outcome.millis(), chains), outcome);
    }

    private static List<Game> games(SeasonContext c, Pairing.Result pairing, SeasonSearch.Outcome outcome) {
        List<Game> games = new ArrayList<>();
        SeasonGames all = new SeasonGames(pairing.size());
        all.clear();
        for (int u = 0; u < pairing.size(); u++) {
            int host = outcome.homeIsA()[u] ? pairing.a()[u] : pairing.b()[u];
            int visitor = outcome.homeIsA()[u] ? pairing.b()[u] : pairing.a()[u];
            all.add(host, visitor, outcome.start()[u], outcome.start()[u] + c.seriesLength - 1, outcome.round()[u]);
            for (int i = 0; i < c.seriesLength; i++) {
                LocalDate date = c.date(outcome.start()[u] + i);
                games.add(new Game(date, c.format.timeOn(date.getDayOfWeek()), c.teams.get(host),
                        c.teams.get(visitor), c.venue[host]));
            }
        }
        // the Big Monday games start at the TV time (20:00 Central), in the host's local time
        BigMonday.of(c.format).ifPresent(bigMonday -> {
            for (BigMonday.Designation d : bigMonday.designate(all, c)) {
                LocalTime local = d.date().atTime(bigMonday.time()).atZone(bigMonday.zone())
                        .withZoneSameInstant(c.zone[d.host()]).toLocalTime();
                String host = c.teams.get(d.host());
                String visitor = c.teams.get(d.visitor());
                games.replaceAll(g -> g.date().equals(d.date()) && g.home().equals(host) && g.away().equals(visitor)
                        ? new Game(g.date(), local, g.home(), g.away(), g.venue()) : g);
            }
        });
        games.sort(Comparator.comparing(Game::date).thenComparing(Game::time).thenComparing(Game::home));
        return List.copyOf(games);
    }
}
