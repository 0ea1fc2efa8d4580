package com.flextime.domain.conference;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
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
import java.util.regex.Pattern;

/**
 * The conference's reference data: schools, sports, who plays what, venues and campus blackouts. Loaded from the
 * CSV files shipped under {@code /conference/big12/} on the classpath and checked against each other on load, so
 * a broken data file fails at start-up rather than in the middle of a schedule.
 *
 * <p>Codes are case-sensitive: school and sport codes are upper case ({@code KU}, {@code MBB}), venue codes lower
 * case. Look-ups of unknown codes return empty results; only {@link #homeVenue} throws.
 */
public final class ConferenceCatalog {

    private static final String BIG12 = "/conference/big12/";
    private static final Pattern SCHOOL_OR_SPORT_CODE = Pattern.compile("[A-Z]+");
    private static final Pattern VENUE_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Holder idiom: the files are read once, on first use, without locking on every call. */
    private static final class Big12 {
        static final ConferenceCatalog CATALOG = load(BIG12);
    }

    private final Map<String, School> schools = new LinkedHashMap<>();
    private final Map<String, Sport> sports = new LinkedHashMap<>();
    private final Map<String, TreeSet<String>> participants = new LinkedHashMap<>();
    private final Map<String, Venue> venues = new LinkedHashMap<>();
    /** Stand-ins for (school, venue type) pairs the sources give no venue for, e.g. every wrestling affiliate. */
    private final Map<String, Venue> syntheticVenues = new TreeMap<>();
    private final Map<String, Venue> homeVenues = new TreeMap<>();
    private final Map<String, List<CampusBlackout>> blackouts = new TreeMap<>();

    public static ConferenceCatalog big12() {
        return Big12.CATALOG;
    }

    static ConferenceCatalog load(String directory) {
        ConferenceCatalog catalog = new ConferenceCatalog();
        CsvTable.read(directory + "schools.csv").forEach(catalog::addSchool);
        CsvTable.read(directory + "sports.csv").forEach(catalog::addSport);
        CsvTable.read(directory + "participation.csv").forEach(catalog::addParticipant);
        CsvTable.read(directory + "venues.csv").forEach(catalog::addVenue);
        catalog.addSyntheticHomeVenues();
        CsvTable.read(directory + "campus_blackouts_2025_26.csv").forEach(catalog::addBlackout);
        catalog.blackouts.replaceAll((school, list) -> list.stream()
                .sorted(Comparator.comparing(CampusBlackout::date)).toList());
        return catalog;
    }

    private ConferenceCatalog() {
    }

    public List<School> schools() {
        return List.copyOf(schools.values());
    }

    public Optional<School> school(String code) {
        return Optional.ofNullable(schools.get(code));
    }

    public List<Sport> sports() {
        return List.copyOf(sports.values());
    }

    public Optional<Sport> sport(String code) {
        return Optional.ofNullable(sports.get(code));
    }

    /** The school codes (sorted) of the teams that play this sport in conference; empty for an unknown sport. */
    public Set<String> participants(String sportCode) {
        TreeSet<String> teams = participants.get(sportCode);
        return teams == null ? Collections.emptySortedSet() : Collections.unmodifiableSortedSet(teams);
    }

    /** The codes of the sports this school plays in conference, in {@code sports.csv} order. */
    public List<String> sportsOf(String schoolCode) {
        return participants.entrySet().stream()
                .filter(e -> e.getValue().contains(schoolCode))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** The venues shipped in {@code venues.csv}; synthetic home venues are not listed here. */
    public List<Venue> venues() {
        return List.copyOf(venues.values());
    }

    /** A shipped venue, or a synthetic home venue returned by {@link #homeVenue}. */
    public Optional<Venue> venue(String code) {
        return Optional.ofNullable(venues.getOrDefault(code, syntheticVenues.get(code)));
    }

    /** The time zone a venue's local start times are in: its school's. Empty for an unknown venue. */
    public Optional<ZoneId> zoneOf(String venueCode) {
        return venue(venueCode).map(Venue::schoolCode).flatMap(this::school).map(School::timeZone);
    }

    /**
     * Where the school hosts this sport. When the sources name no venue, a synthetic one stands in:
     * "&lt;short name&gt; home venue", code {@code <school code lower>-home-<venue type lower>} (one per school and
     * venue type, so a school's baseball and tennis stand-ins never look like one shared facility).
     *
     * @throws IllegalArgumentException for an unknown school or sport, or a school that does not play the sport
     */
    public Venue homeVenue(String schoolCode, String sportCode) {
        if (!schools.containsKey(schoolCode)) {
            throw new IllegalArgumentException("unknown school " + schoolCode);
        }
        if (!sports.containsKey(sportCode)) {
            throw new IllegalArgumentException("unknown sport " + sportCode);
        }
        Venue venue = homeVenues.get(key(schoolCode, sportCode));
        if (venue == null) {
            throw new IllegalArgumentException(schoolCode + " does not play " + sportCode + " in the conference");
        }
        return venue;
    }

    /** Dates on which the school cannot host, in date order; empty for an unknown school. */
    public List<CampusBlackout> campusBlackouts(String schoolCode) {
        return blackouts.getOrDefault(schoolCode, List.of());
    }

    private void addSchool(CsvTable.Row row) {
        String code = code(row, "code", SCHOOL_OR_SPORT_CODE);
        Set<DayOfWeek> noPlayDays = EnumSet.noneOf(DayOfWeek.class);
        for (String day : list(row.get("no_play_days"))) {
            noPlayDays.add(parse(row, day, DayOfWeek::valueOf));
        }
        School school = new School(code, row.get("name"), row.get("short_name"), row.get("city"), row.get("state"),
                parse(row, row.get("time_zone"), ZoneId::of),
                parse(row, row.get("latitude"), Double::parseDouble),
                parse(row, row.get("longitude"), Double::parseDouble),
                parse(row, row.get("membership"), Membership::valueOf),
                noPlayDays);
        if (schools.putIfAbsent(code, school) != null) {
            throw row.fail("duplicate school " + code);
        }
    }

    private void addSport(CsvTable.Row row) {
        String code = code(row, "code", SCHOOL_OR_SPORT_CODE);
        Sport sport = new Sport(code, row.get("name"), row.get("gender"), row.get("season"),
                parse(row, row.get("venue_type"), VenueType::valueOf),
                parse(row, row.get("venue_hold_minutes"), Integer::parseInt));
        if (sports.putIfAbsent(code, sport) != null) {
            throw row.fail("duplicate sport " + code);
        }
        participants.put(code, new TreeSet<>());
    }

    private void addParticipant(CsvTable.Row row) {
        String sport = knownSport(row, row.get("sport"));
        String school = knownSchool(row, row.get("school"));
        if (!participants.get(sport).add(school)) {
            throw row.fail(school + " listed twice for " + sport);
        }
    }

    private void addVenue(CsvTable.Row row) {
        String code = code(row, "code", VENUE_CODE);
        String school = knownSchool(row, row.get("school"));
        VenueType type = parse(row, row.get("venue_type"), VenueType::valueOf);
        String capacity = row.get("capacity");
        Venue venue = new Venue(code, school, row.get("name"), row.get("city"), row.get("state"),
                capacity.isEmpty() ? null : parse(row, capacity, Integer::valueOf), type,
                new TreeSet<>(list(row.get("sports"))));
        if (venue.sports().isEmpty()) {
            throw row.fail(code + " hosts no sport");
        }
        for (String sport : venue.sports()) {
            knownSport(row, sport);
            if (!participants.get(sport).contains(school)) {
                throw row.fail(school + " does not play " + sport + " but " + code + " lists it");
            }
            if (sports.get(sport).venueType() != type) {
                throw row.fail(sport + " is not played in a " + type + " venue");
            }
            if (homeVenues.putIfAbsent(key(school, sport), venue) != null) {
                throw row.fail(school + " has two venues for " + sport);
            }
        }
        if (venues.putIfAbsent(code, venue) != null) {
            throw row.fail("duplicate venue " + code);
        }
    }

    private void addSyntheticHomeVenues() {
        // school -> venue type -> the sports it plays there without a venue in the sources
        Map<String, Map<VenueType, Set<String>>> missing = new TreeMap<>();
        participants.forEach((sport, teams) -> teams.stream()
                .filter(school -> !homeVenues.containsKey(key(school, sport)))
                .forEach(school -> missing.computeIfAbsent(school, s -> new EnumMap<>(VenueType.class))
                        .computeIfAbsent(sports.get(sport).venueType(), t -> new TreeSet<>())
                        .add(sport)));
        missing.forEach((schoolCode, byType) -> byType.forEach((type, sportCodes) -> {
            School school = schools.get(schoolCode);
            String code = schoolCode.toLowerCase(Locale.ROOT) + "-home-" + type.name().toLowerCase(Locale.ROOT);
            if (venues.containsKey(code)) {
                throw new IllegalStateException("synthetic venue code " + code + " clashes with venues.csv");
            }
            Venue venue = new Venue(code, schoolCode, school.shortName() + " home venue", school.city(),
                    school.state(), null, type, sportCodes);
            syntheticVenues.put(code, venue);
            sportCodes.forEach(sport -> homeVenues.put(key(schoolCode, sport), venue));
        }));
    }

    private void addBlackout(CsvTable.Row row) {
        CampusBlackout blackout = new CampusBlackout(parse(row, row.get("date"), LocalDate::parse),
                knownSchool(row, row.get("school")), row.get("reason"), row.get("detail"));
        blackouts.computeIfAbsent(blackout.schoolCode(), s -> new ArrayList<>()).add(blackout);
    }

    private String knownSchool(CsvTable.Row row, String code) {
        if (!schools.containsKey(code)) {
            throw row.fail("unknown school " + code);
        }
        return code;
    }

    private String knownSport(CsvTable.Row row, String code) {
        if (!sports.containsKey(code)) {
            throw row.fail("unknown sport " + code);
        }
        return code;
    }

    private static String code(CsvTable.Row row, String column, Pattern pattern) {
        String code = row.get(column);
        if (!pattern.matcher(code).matches()) {
            throw row.fail("malformed " + column + " '" + code + "'");
        }
        return code;
    }

    private static <T> T parse(CsvTable.Row row, String text, Function<String, T> parser) {
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw row.fail("cannot read '" + text + "': " + e.getMessage());
        }
    }

    /** A semicolon-separated list cell; blank means none. */
    private static List<String> list(String cell) {
        List<String> items = new ArrayList<>();
        for (String item : cell.split(";")) {
            if (!item.isBlank()) {
                items.add(item.trim());
            }
        }
        return items;
    }

    private static String key(String schoolCode, String sportCode) {
        return schoolCode + "/" + sportCode;
    }
}
