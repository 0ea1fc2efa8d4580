package com.flextime.optimizer.season;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.CsvTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Seasons of other sports already generated ({@code generate --with mbb.csv}): their home games occupy the venues
 * they are played at, and a school's home days in each sport are known, so the new season can keep off a shared
 * arena ({@code shared-venue}) and avoid a school's men's and women's home games on one day ({@code same-day-home}).
 */
final class SharedVenues {

    /** Another sport's season: its code and its games. */
    record Season(String sport, List<SeasonGenerator.Game> games) {
    }

    private SharedVenues() {
    }

    /**
     * Reads {@code --with} arguments: {@code SPORT=file.csv}, or {@code file.csv} when the file's name is a sport
     * code ({@code mbb.csv}, {@code /tmp/MBB.csv}) or its games fit exactly one sport's teams, window and game days.
     */
    static List<Season> read(List<String> specs, SeasonFormats formats, ConferenceCatalog catalog) {
        List<Season> seasons = new ArrayList<>();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            String sport = eq > 0 ? spec.substring(0, eq).trim().toUpperCase(Locale.ROOT) : null;
            Path path = Path.of(eq > 0 ? spec.substring(eq + 1).trim() : spec.trim());
            List<SeasonGenerator.Game> games = games(path);
            if (sport == null) {
                String base = path.getFileName().toString().replaceFirst("\\.[^.]*$", "").toUpperCase(Locale.ROOT);
                sport = formats.format(base).isPresent() ? base : guess(path, games, formats, catalog);
            }
            if (formats.format(sport).isEmpty()) {
                throw new IllegalArgumentException("--with " + spec + ": unknown sport " + sport);
            }
            seasons.add(new Season(sport, games));
        }
        return seasons;
    }

    /** The games of a file written by {@code generate}: {@code date,time,home,away,venue}. */
    static List<SeasonGenerator.Game> games(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        if (lines.isEmpty() || !lines.get(0).trim().equals("date,time,home,away,venue")) {
            throw new IllegalArgumentException(path + ": expected the header date,time,home,away,venue");
        }
        List<SeasonGenerator.Game> games = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> f = CsvTable.split(lines.get(i), path.toString(), i + 1);
            if (f.size() != 5) {
                throw new IllegalArgumentException(path + " line " + (i + 1) + ": expected 5 fields");
            }
            try {
                games.add(new SeasonGenerator.Game(LocalDate.parse(f.get(0).trim()), LocalTime.parse(f.get(1).trim()),
                        f.get(2).trim(), f.get(3).trim(), f.get(4).trim()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(path + " line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return games;
    }

    private static String guess(Path path, List<SeasonGenerator.Game> games, SeasonFormats formats,
                                ConferenceCatalog catalog) {
        List<String> fits = new ArrayList<>();
        for (String sport : formats.sports()) {
            SeasonFormat f = formats.format(sport).orElseThrow();
            Set<String> teams = catalog.participants(sport);
            boolean all = !games.isEmpty();
            for (SeasonGenerator.Game g : games) {
                all &= teams.contains(g.home()) && teams.contains(g.away()) && f.window().contains(g.date())
                        && f.gameDays().contains(g.date().getDayOfWeek());
            }
            if (all) {
                fits.add(sport);
            }
        }
        if (fits.size() != 1) {
            throw new IllegalArgumentException("--with " + path + ": cannot tell the sport (fits " + fits
                    + "); write it as SPORT=" + path);
        }
        return fits.get(0);
    }

    /**
     * Per team and day of the context's window: would the team's home game that day (at the format's time, and on a
     * Big Monday date also at the TV time) overlap another sport's game at the same venue? Two games overlap when
     * they start less than the larger of the two sports' venue holds apart.
     */
    static boolean[][] taken(SeasonContext c, List<Season> others, ConferenceCatalog catalog) {
        boolean[][] taken = new boolean[c.n][c.dayCount];
        if (others.isEmpty()) {
            return taken;
        }
        Map<String, Integer> hostOf = new HashMap<>();
        for (int t = 0; t < c.n; t++) {
            hostOf.put(c.venue[t], t);
        }
        BigMonday bigMonday = BigMonday.of(c.format).orElse(null);
        List<LocalDate> tvDates = bigMonday == null ? List.of() : bigMonday.dates();
        for (Season other : others) {
            int hold = Math.max(c.venueHold, catalog.sport(other.sport()).orElseThrow().venueHoldMinutes());
            for (SeasonGenerator.Game g : other.games()) {
                Integer t = hostOf.get(g.venue());
                if (t == null) {
                    continue;
                }
                long theirs = ChronoUnit.DAYS.between(c.start, g.date()) * 1440 + g.time().toSecondOfDay() / 60;
                int from = (int) Math.max(0, Math.floorDiv(theirs - hold, 1440L));
                int to = (int) Math.min(c.dayCount - 1, Math.floorDiv(theirs + hold, 1440L));
                for (int d = from; d <= to; d++) {
                    long ours = (long) d * 1440 + c.minuteOfDay[d];
                    boolean clash = Math.abs(ours - theirs) < hold;
                    if (!clash && tvDates.contains(c.date(d))) {
                        LocalTime tv = c.date(d).atTime(bigMonday.time()).atZone(bigMonday.zone())
                                .withZoneSameInstant(c.zone[t]).toLocalTime();
                        clash = Math.abs((long) d * 1440 + tv.toSecondOfDay() / 60 - theirs) < hold;
                    }
                    taken[t][d] |= clash;
                }
            }
        }
        return taken;
    }

    /** Per other sport: per team and day of the window, does the school host a game of that sport that day? */
    static Map<String, boolean[][]> homeDays(SeasonContext c, List<Season> others) {
        Map<String, boolean[][]> days = new HashMap<>();
        for (Season other : others) {
            boolean[][] home = days.computeIfAbsent(other.sport(), s -> new boolean[c.n][c.dayCount]);
            for (SeasonGenerator.Game g : other.games()) {
                Integer t = c.index.get(g.home());
                int d = c.day(g.date());
                if (t != null && d >= 0 && d < c.dayCount) {
                    home[t][d] = true;
                }
            }
        }
        return days;
    }
}
