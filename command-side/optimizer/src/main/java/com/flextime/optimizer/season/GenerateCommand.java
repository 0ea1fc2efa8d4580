package com.flextime.optimizer.season;

import com.flextime.domain.rules.RuleViolation;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code generate --sport MBB --season 2025-26 [--time 30s] [--seed N] [--iterations N] [--threads N]
 * [--out mbb.csv]}: generates a full conference season, writes it as CSV ({@code date,time,home,away,venue}, by
 * date and time; to standard output when no {@code --out} is given) and prints the report: the command side's hard
 * check, the format's hard rules, each soft rule's score, and per team its travel miles, home/away pattern and
 * breaks. Exit code 0 when no hard rule is broken, 1 when one is, 2 for a bad command line.
 *
 * <p>{@code --with mbb.csv} (repeatable; {@code SPORT=file} when the file name is not the sport) gives seasons of other
 * sports already generated: their home games occupy their venues ({@code shared-venue}) and a school's home days
 * there count for {@code same-day-home}.
 *
 * <p>{@code --time} bounds the whole command: the search stops early enough (the last 10%, at most 2 s) to check the
 * season and write it within the limit.
 */
public final class GenerateCommand {

    static final String USAGE = "usage: generate --sport FB|MBB|WBB|BSB|SB|SOC|VB|MTN|WTN|GYM|WRE|LAX"
            + " [--season 2025-26] [--time 30s] [--seed N] [--iterations N] [--threads N] [--out file.csv]"
            + " [--with [SPORT=]other.csv ...]";

    private GenerateCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    public static int run(String[] args, PrintStream out) {
        long begin = System.nanoTime();
        String sport = null;
        String season = "2025-26";
        Duration time = Duration.ofSeconds(30);
        long seed = 1;
        long iterations = Long.MAX_VALUE;
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        String outFile = null;
        List<String> with = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < args.length; i++) {
                String value = i + 1 < args.length ? args[i + 1] : null;
                switch (args[i]) {
                    case "--sport" -> sport = required(args[i], value).toUpperCase(Locale.ROOT);
                    case "--season" -> season = required(args[i], value);
                    case "--time" -> time = duration(required(args[i], value));
                    case "--seed" -> seed = Long.parseLong(required(args[i], value));
                    case "--iterations" -> iterations = Long.parseLong(required(args[i], value));
                    case "--threads" -> threads = Integer.parseInt(required(args[i], value));
                    case "--out" -> outFile = required(args[i], value);
                    case "--with" -> with.add(required(args[i], value));
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
                i++;
            }
            if (sport == null) {
                throw new IllegalArgumentException("--sport is required");
            }
        } catch (IllegalArgumentException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        }
        Duration reserve = time.dividedBy(10).compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2)
                : time.dividedBy(10);
        SeasonGenerator.Result result;
        try {
            result = SeasonGenerator.generate(sport, season,
                    new SeasonGenerator.Settings(time.minus(reserve), iterations, seed, threads), with);
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            out.println(e.getMessage());
            out.println(USAGE);
            return 2;
        }
        SeasonValidator.Validation validation = SeasonValidator.validate(result.context(), result.games());
        String csv = csv(result.games());
        if (outFile != null) {
            try {
                Files.writeString(Path.of(outFile), csv, StandardCharsets.UTF_8);
            } catch (IOException e) {
                out.println("cannot write " + outFile + ": " + e.getMessage());
                return 1;
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        report(result, validation, seed, seconds, outFile, out);
        if (outFile == null) {
            out.println();
            out.print(csv);
        }
        return validation.hardViolations() == 0 ? 0 : 1;
    }

    /** The season as CSV: {@code date,time,home,away,venue}, one line per game in date and time order. */
    public static String csv(List<SeasonGenerator.Game> games) {
        StringBuilder csv = new StringBuilder("date,time,home,away,venue\n");
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm");
        for (SeasonGenerator.Game game : games) {
            csv.append(game.date()).append(',').append(game.time().format(hhmm)).append(',').append(game.home())
                    .append(',').append(game.away()).append(',').append(game.venue()).append('\n');
        }
        return csv.toString();
    }

    static void report(SeasonGenerator.Result result, SeasonValidator.Validation v, long seed, double seconds,
                       String outFile, PrintStream out) {
        SeasonFormat f = result.format();
        SeasonContext c = result.context();
        out.printf(Locale.ROOT, "FlexTime generate: %s (%s)%n", c.created.name(), f.sport());
        out.printf(Locale.ROOT, "  %d teams, %d games: each team %d %s (%d opponents once, %d twice%s)%n",
                c.n, result.games().size(), f.gamesPerTeam(), "games",
                f.opponentsOnce(), f.opponentsTwice(),
                f.seriesLength() > 1 ? ", as " + f.meetingsPerTeam() + " series of " + f.seriesLength() : "");
        out.printf(Locale.ROOT, "  window %s..%s, %d rounds, at most %d per team per round, home/away within %d%n",
                f.window().start(), f.window().end(), c.roundCount, f.maxPerRound(), f.homeAwayMaxDiff());
        out.printf(Locale.ROOT, "  pairing: %s%n", result.pairing());
        for (SharedVenues.Season other : c.others) {
            out.printf(Locale.ROOT, "  with: %s, %d games (its home games occupy their venues)%n", other.sport(),
                    other.games().size());
        }
        out.printf(Locale.ROOT, "  search: seed %d, %d chain%s, %,d iterations, %s, %.1f s%n", seed,
                result.threads(), result.threads() == 1 ? "" : "s", result.iterations(),
                result.feasibleAtIteration() >= 0 ? String.format(Locale.ROOT,
                        "first without hard violations after %,d iterations (%.2f s)", result.feasibleAtIteration(),
                        result.feasibleMillis() / 1000.0) : "never without hard violations",
                result.searchMillis() / 1000.0);
        out.println();
        out.println("Hard rules");
        out.printf(Locale.ROOT, "  command side (HardRules.standard on the SeasonSchedule folded from the games): "
                + "%d hard violations%n", v.commandSide().size());
        int shown = 0;
        for (RuleViolation violation : v.commandSide()) {
            if (shown++ == 20) {
                out.printf(Locale.ROOT, "    ... and %d more%n", v.commandSide().size() - 20);
                break;
            }
            out.printf(Locale.ROOT, "    %s: %s%n", violation.ruleId(), violation.message());
        }
        out.printf(Locale.ROOT, "  format and Big 12 hard rules: %d violations%n", v.formatViolations());
        for (Map.Entry<String, Integer> e : v.format().entrySet()) {
            out.printf(Locale.ROOT, "    %-26s %4d  %s%n", e.getKey(), e.getValue(), v.formatNames().get(e.getKey()));
        }
        out.printf(Locale.ROOT, "  => %d hard violations%n", v.hardViolations());
        out.println();
        out.println("Soft rules (score = weight x measure, summed over teams)");
        for (Map.Entry<String, Double> e : v.soft().entrySet()) {
            out.printf(Locale.ROOT, "    %-26s %10.1f  %s%n", e.getKey(), e.getValue(), v.softNames().get(e.getKey()));
        }
        out.printf(Locale.ROOT, "  soft score: %.1f%n", v.softScore());
        if (!v.bigMondays().isEmpty()) {
            out.println();
            out.println("Big Monday (designated by the generator, at the TV time in local time)");
            v.bigMondays().forEach(line -> out.println("  " + line));
        }
        out.println();
        out.println("Teams (pattern: H/A per " + (f.seriesLength() > 1 ? "series" : "game") + " in date order)");
        out.printf(Locale.ROOT, "  %-5s %5s %3s %3s %9s %6s  %s%n", "team", "games", "H", "A", "miles", "breaks",
                "pattern");
        for (SeasonValidator.TeamLine line : v.teams()) {
            out.printf(Locale.ROOT, "  %-5s %5d %3d %3d %,9.0f %6d  %s%n", line.team(), line.games(), line.home(),
                    line.away(), line.miles(), line.breaks(), line.pattern());
        }
        out.printf(Locale.ROOT, "  total travel: %,.0f miles; breaks: %d%n", v.travelMiles(),
                v.teams().stream().mapToInt(SeasonValidator.TeamLine::breaks).sum());
        out.println();
        out.printf(Locale.ROOT, "%s: %d games, %d hard violations, soft score %.1f, %,.0f travel miles, %.1f s%s%n",
                f.sport(), result.games().size(), v.hardViolations(), v.softScore(), v.travelMiles(), seconds,
                outFile == null ? "" : ", written to " + outFile);
    }

    private static String required(String option, String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    /** {@code 30s}, {@code 2m}, {@code 500ms}, or plain seconds. */
    static Duration duration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            } else if (t.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 1000));
            } else if (t.endsWith("m")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(t.substring(0, t.length() - 1)) * 60_000));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(t) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cannot read duration '" + text + "' (e.g. 30s, 2m, 500ms)");
        }
    }
}
