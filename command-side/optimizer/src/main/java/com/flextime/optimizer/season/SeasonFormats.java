package com.flextime.optimizer.season;

import com.flextime.domain.conference.CsvTable;

import com.flextime.events.SeasonWindow;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The season formats, sport rules and final-exam days of one season, read from the classpath files
 * {@code /conference/big12/season_formats_<season>.csv}, {@code season_rules_<season>.csv} and
 * {@code final_exams_<season>.csv} (season {@code 2025-26} → suffix {@code 2025_26}).
 */
public final class SeasonFormats {

    private static final String DIRECTORY = "/conference/big12/";
    private static final Map<String, DayOfWeek> DAYS = Map.of("MON", DayOfWeek.MONDAY, "TUE", DayOfWeek.TUESDAY,
            "WED", DayOfWeek.WEDNESDAY, "THU", DayOfWeek.THURSDAY, "FRI", DayOfWeek.FRIDAY,
            "SAT", DayOfWeek.SATURDAY, "SUN", DayOfWeek.SUNDAY);
    private static final Map<String, SeasonFormats> LOADED = new java.util.concurrent.ConcurrentHashMap<>();

    private final String season;
    private final Map<String, SeasonFormat> formats;
    private final Map<String, Set<LocalDate>> examDays;

    private SeasonFormats(String season, Map<String, SeasonFormat> formats, Map<String, Set<LocalDate>> examDays) {
        this.season = season;
        this.formats = formats;
        this.examDays = examDays;
    }

    /** The formats of a season such as {@code 2025-26}; read once and cached. */
    public static SeasonFormats of(String season) {
        String suffix = season == null ? "" : season.strip().replace('-', '_');
        if (!suffix.matches("\\d{4}_\\d{2}") || !CsvTable.exists(DIRECTORY + "season_formats_" + suffix + ".csv")) {
            throw new IllegalArgumentException("no season formats for season '" + season + "' (known: 2025-26)");
        }
        return LOADED.computeIfAbsent(suffix, s -> load(season.strip(), s));
    }

    public String season() {
        return season;
    }

    public List<String> sports() {
        return List.copyOf(formats.keySet());
    }

    public Optional<SeasonFormat> format(String sport) {
        return Optional.ofNullable(formats.get(sport));
    }

    /** A school's final-exam days this season (empty when the sources have none, e.g. affiliates). */
    public Set<LocalDate> examDays(String school) {
        return examDays.getOrDefault(school, Set.of());
    }

    private static SeasonFormats load(String season, String suffix) {
        Map<String, List<SeasonFormat.RuleSpec>> rules = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.read(DIRECTORY + "season_rules_" + suffix + ".csv")) {
            String kind = row.get("kind");
            if (!kind.equals("hard") && !kind.equals("soft")) {
                throw row.fail("kind must be hard or soft, not '" + kind + "'");
            }
            boolean hard = kind.equals("hard");
            double weight = hard ? 0 : parse(row, row.get("weight"), Double::parseDouble);
            if (!hard && weight <= 0) {
                throw row.fail("a soft rule needs a positive weight");
            }
            String rule = row.get("rule");
            if (!SeasonRules.isKnown(rule)) {
                throw row.fail("unknown rule '" + rule + "'; known: " + SeasonRules.known());
            }
            rules.computeIfAbsent(row.get("sport"), s -> new ArrayList<>())
                    .add(new SeasonFormat.RuleSpec(rule, hard, weight, row.get("param")));
        }
        Map<String, SeasonFormat> formats = new LinkedHashMap<>();
        for (CsvTable.Row row : CsvTable.read(DIRECTORY + "season_formats_" + suffix + ".csv")) {
            String sport = row.get("sport");
            SeasonFormat format = parse(row, row, r -> format(r, season, rules.getOrDefault(sport, List.of())));
            if (formats.putIfAbsent(sport, format) != null) {
                throw row.fail("duplicate sport " + sport);
            }
        }
        Map<String, Set<LocalDate>> exams = new TreeMap<>();
        String examFile = DIRECTORY + "final_exams_" + suffix + ".csv";
        if (CsvTable.exists(examFile)) {
            for (CsvTable.Row row : CsvTable.read(examFile)) {
                exams.computeIfAbsent(row.get("school"), s -> new TreeSet<>())
                        .add(parse(row, row.get("date"), LocalDate::parse));
            }
        }
        exams.replaceAll((school, dates) -> Collections.unmodifiableSet(dates));
        return new SeasonFormats(season, Collections.unmodifiableMap(formats), Collections.unmodifiableMap(exams));
    }

    private static SeasonFormat format(CsvTable.Row row, String season, List<SeasonFormat.RuleSpec> rules) {
        String sport = row.get("sport");
        SeasonWindow window = new SeasonWindow(LocalDate.parse(row.get("window_start")),
                LocalDate.parse(row.get("window_end")));
        Set<DayOfWeek> gameDays = days(row.get("game_days"));
        if (gameDays.isEmpty()) {
            throw row.fail("no game days");
        }
        Set<LocalDate> closed = new TreeSet<>(dates(row.get("closed_dates")));
        List<List<LocalDate>> rounds = new ArrayList<>();
        if (!row.get("rounds").isEmpty()) {
            for (String round : CsvTable.list(row.get("rounds"), "\\|")) {
                List<LocalDate> dates = new ArrayList<>();
                for (LocalDate date : dates(round)) {
                    if (!window.contains(date) || !gameDays.contains(date.getDayOfWeek())) {
                        throw row.fail(date + " in rounds is outside the window or not a game day");
                    }
                    if (!closed.contains(date)) {
                        dates.add(date);
                    }
                }
                if (!dates.isEmpty()) {
                    rounds.add(dates);
                }
            }
        } else {
            Set<DayOfWeek> starts = days(row.get("round_start_days"));
            List<LocalDate> current = new ArrayList<>();
            for (LocalDate date = window.start(); !date.isAfter(window.end()); date = date.plusDays(1)) {
                if (starts.contains(date.getDayOfWeek()) && !current.isEmpty()) {
                    rounds.add(current);
                    current = new ArrayList<>();
                }
                if (gameDays.contains(date.getDayOfWeek()) && !closed.contains(date)) {
                    current.add(date);
                }
            }
            if (!current.isEmpty()) {
                rounds.add(current);
            }
        }
        Map<DayOfWeek, LocalTime> times = new EnumMap<>(DayOfWeek.class);
        LocalTime defaultTime = null;
        for (String entry : CsvTable.list(row.get("times"), ";")) {
            String[] parts = entry.split("=", 2);
            if (parts.length != 2) {
                throw row.fail("times: expected DAY=HH:MM, got " + entry);
            }
            LocalTime time = LocalTime.parse(parts[1].trim());
            if (parts[0].trim().equals("*")) {
                defaultTime = time;
            } else {
                times.put(day(parts[0]), time);
            }
        }
        if (defaultTime == null) {
            defaultTime = times.values().stream().findFirst().orElseThrow(() -> row.fail("no start times"));
        }
        for (DayOfWeek day : gameDays) {
            times.putIfAbsent(day, defaultTime);
        }
        List<List<DayOfWeek>> patterns = new ArrayList<>();
        for (String pattern : CsvTable.list(row.get("series_days"), "\\|")) {
            List<DayOfWeek> days = new ArrayList<>();
            for (String day : CsvTable.list(pattern, ";")) {
                DayOfWeek d = day(day);
                if (!days.isEmpty() && days.get(days.size() - 1).plus(1) != d) {
                    throw row.fail("series days must be consecutive: " + pattern);
                }
                days.add(d);
            }
            patterns.add(days);
        }
        return new SeasonFormat(sport, season, window, gameDays, rounds, closed, times, defaultTime,
                Integer.parseInt(row.get("opponents_once")), Integer.parseInt(row.get("opponents_twice")),
                Integer.parseInt(row.get("series_length")), patterns, Integer.parseInt(row.get("max_per_round")),
                Integer.parseInt(row.get("home_away_max_diff")), rules);
    }

    /** {@code 2026-04-05} or a range {@code 2026-03-12..2026-03-15}, several separated by {@code ;}. */
    static List<LocalDate> dates(String cell) {
        List<LocalDate> dates = new ArrayList<>();
        for (String item : CsvTable.list(cell, ";")) {
            int range = item.indexOf("..");
            if (range < 0) {
                dates.add(LocalDate.parse(item));
            } else {
                LocalDate from = LocalDate.parse(item.substring(0, range).trim());
                LocalDate to = LocalDate.parse(item.substring(range + 2).trim());
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    dates.add(d);
                }
            }
        }
        return dates;
    }

    static Set<DayOfWeek> days(String cell) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        CsvTable.list(cell, ";").forEach(d -> days.add(day(d)));
        return days;
    }

    static DayOfWeek day(String text) {
        DayOfWeek day = DAYS.get(text.trim().toUpperCase(Locale.ROOT));
        if (day == null) {
            throw new IllegalArgumentException("unknown weekday '" + text + "' (MON..SUN)");
        }
        return day;
    }

    private static <T, R> R parse(CsvTable.Row row, T text, Function<T, R> parser) {
        try {
            return parser.apply(text);
        } catch (IllegalStateException e) {
            throw e;
        } catch (RuntimeException e) {
            throw row.fail(e.getMessage());
        }
    }
}
