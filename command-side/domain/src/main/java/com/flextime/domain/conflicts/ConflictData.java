package com.flextime.domain.conflicts;

import com.flextime.domain.conference.CsvTable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The season data the conflict rules read besides the conference catalogue, all from the classpath files of
 * {@code /conference/big12/}: final-exam days, the season rules ({@code same-day-home}, {@code exam-away},
 * {@code no-travel-window} rows) and the trip model. Nothing here is code: a new pair of sports that should not
 * both be at home is one more row.
 */
public final class ConflictData {

    private static final String DIRECTORY = "/conference/big12/";

    private final Map<String, Set<LocalDate>> examDays = new TreeMap<>();
    private final Map<String, Set<String>> sameDayPairs = new TreeMap<>();
    private final Set<String> examAwaySports = new TreeSet<>();
    /** sport → team → window. */
    private final Map<String, Map<String, TravelWindow>> travelWindows = new TreeMap<>();
    private final Map<String, TravelModel> travel = new TreeMap<>();

    private ConflictData() {
    }

    /** The 2025-26 season's data ({@code season} as in the file names: {@code 2025_26}). */
    public static ConflictData load(String season) {
        ConflictData data = new ConflictData();
        for (CsvTable.Row row : CsvTable.read(DIRECTORY + "final_exams_" + season + ".csv")) {
            data.examDays.computeIfAbsent(row.get("school"), s -> new TreeSet<>())
                    .add(LocalDate.parse(row.get("date")));
        }
        for (CsvTable.Row row : CsvTable.read(DIRECTORY + "season_rules_" + season + ".csv")) {
            data.addSeasonRule(row);
        }
        for (CsvTable.Row row : CsvTable.read(DIRECTORY + "travel_" + season + ".csv")) {
            data.travel.put(row.get("sport"), new TravelModel(Integer.parseInt(row.get("game_minutes")),
                    Integer.parseInt(row.get("road_lead_minutes")), Integer.parseInt(row.get("home_lead_minutes")),
                    Integer.parseInt(row.get("trip_overhead_minutes")), Double.parseDouble(row.get("trip_mph"))));
        }
        return data;
    }

    private void addSeasonRule(CsvTable.Row row) {
        String sport = row.get("sport");
        String param = row.get("param");
        switch (row.get("rule")) {
            case "same-day-home" -> {
                // the pair is symmetric: MBB at home on a WBB home day is the same clash
                sameDayPairs.computeIfAbsent(sport, s -> new TreeSet<>()).add(param.trim());
                sameDayPairs.computeIfAbsent(param.trim(), s -> new TreeSet<>()).add(sport);
            }
            case "exam-away" -> examAwaySports.add(sport);
            case "no-travel-window" -> {
                Map<String, String> options = new HashMap<>();
                for (String entry : CsvTable.list(param, ";")) {
                    int eq = entry.indexOf('=');
                    if (eq > 0) {
                        options.put(entry.substring(0, eq).trim(), entry.substring(eq + 1).trim());
                    }
                }
                if (options.get("team") == null || options.get("window") == null) {
                    throw row.fail("no-travel-window needs team= and window=");
                }
                travelWindows.computeIfAbsent(sport, s -> new TreeMap<>())
                        .put(options.get("team"), TravelWindow.parse(options.get("window")));
            }
            default -> {
                // the other season rules are the optimizer's
            }
        }
    }

    public Set<LocalDate> examDays(String school) {
        return examDays.getOrDefault(school, Set.of());
    }

    /** The sports a school should not host on the same day as this one (WBB → MBB, MBB → WBB). */
    public Set<String> sameDayPartners(String sport) {
        return sameDayPairs.getOrDefault(sport, Set.of());
    }

    public boolean examAway(String sport) {
        return examAwaySports.contains(sport);
    }

    public Map<String, TravelWindow> travelWindows(String sport) {
        return travelWindows.getOrDefault(sport, Map.of());
    }

    /** The sport's trip model, or empty for a sport the file does not list. */
    public java.util.Optional<TravelModel> travel(String sport) {
        return java.util.Optional.ofNullable(travel.get(sport));
    }
}
