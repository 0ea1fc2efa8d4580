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
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How one sport plays its conference season in one year: the dates (window, game days, rounds, closed dates, local
 * start times), the format (how many opponents once and twice, series length and days, games per round, home/away
 * balance) and the sport's Big 12 rules, each hard or soft with its weight. Read from
 * {@code season_formats_<season>.csv} and {@code season_rules_<season>.csv}; the generator's code is the same for
 * every sport.
 *
 * @param rounds          the scheduling rounds (a week, a weekend or a midweek window), each its playable dates
 *                        in order; closed dates are already removed
 * @param closedDates     dates nobody plays (e.g. Easter Sunday); they become team blackouts for every team
 * @param times           local start time per weekday; {@code defaultTime} for the others
 * @param seriesPatterns  for series sports, the allowed consecutive weekdays of a series in order of preference
 *                        (e.g. FRI-SAT-SUN, then THU-FRI-SAT for a team that cannot play Sunday); empty for single
 *                        games
 * @param maxPerRound     meetings (games or series) a team may play in one round
 * @param homeAwayMaxDiff largest allowed difference between a team's home and away meetings
 */
public record SeasonFormat(String sport, String season, SeasonWindow window, Set<DayOfWeek> gameDays,
                           List<List<LocalDate>> rounds, Set<LocalDate> closedDates,
                           Map<DayOfWeek, LocalTime> times, LocalTime defaultTime,
                           int opponentsOnce, int opponentsTwice, int seriesLength,
                           List<List<DayOfWeek>> seriesPatterns, int maxPerRound, int homeAwayMaxDiff,
                           List<RuleSpec> rules) {

    /** One Big 12 rule switched on for this sport: its id, hard or soft, weight (soft) and parameter text. */
    public record RuleSpec(String rule, boolean hard, double weight, String param) {

        public RuleSpec {
            Objects.requireNonNull(rule, "rule");
            param = param == null ? "" : param;
        }
    }

    /** Rules about who meets whom (used when pairing), not about a team's sequence of games. */
    static final Set<String> PAIRING_RULES = Set.of("required-pairs", "twice-pairs", "required-groups");
    /** Rules that become calendar data (team blackouts) rather than checks. */
    static final Set<String> CALENDAR_RULES = Set.of("team-blackouts");

    public SeasonFormat {
        Objects.requireNonNull(sport, "sport");
        Objects.requireNonNull(window, "window");
        gameDays = Collections.unmodifiableSet(EnumSet.copyOf(gameDays));
        rounds = rounds.stream().map(List::copyOf).toList();
        closedDates = Collections.unmodifiableSet(new TreeSet<>(closedDates));
        times = Collections.unmodifiableMap(times.isEmpty() ? new EnumMap<>(DayOfWeek.class) : new EnumMap<>(times));
        Objects.requireNonNull(defaultTime, "defaultTime");
        seriesPatterns = seriesPatterns.stream().map(List::copyOf).toList();
        rules = List.copyOf(rules);
        if (seriesLength < 1 || maxPerRound < 1 || homeAwayMaxDiff < 0 || opponentsOnce < 0 || opponentsTwice < 0) {
            throw new IllegalArgumentException(sport + ": malformed format");
        }
        if (seriesLength > 1 && seriesPatterns.stream().anyMatch(p -> p.size() != seriesLength)) {
            throw new IllegalArgumentException(sport + ": every series pattern must have " + seriesLength + " days");
        }
    }

    /** Meetings (single games or series) each team plays: once-opponents plus two per twice-opponent. */
    public int meetingsPerTeam() {
        return opponentsOnce + 2 * opponentsTwice;
    }

    public int gamesPerTeam() {
        return meetingsPerTeam() * seriesLength;
    }

    public LocalTime timeOn(DayOfWeek day) {
        return times.getOrDefault(day, defaultTime);
    }

    public Optional<RuleSpec> rule(String id) {
        return rules.stream().filter(r -> r.rule().equals(id)).findFirst();
    }

    /** The rules judged on each team's sequence of games (not the pairing or calendar rules). */
    public List<RuleSpec> sequenceRules() {
        return rules.stream()
                .filter(r -> !PAIRING_RULES.contains(r.rule()) && !CALENDAR_RULES.contains(r.rule())).toList();
    }

    /** Pairs that must meet at least once: {@code required-pairs} and every pair inside a {@code required-groups}. */
    public List<List<String>> requiredPairs() {
        List<List<String>> pairs = new ArrayList<>(pairList("required-pairs"));
        rule("required-groups").ifPresent(spec -> {
            for (String group : CsvTable.list(spec.param(), "\\|")) {
                List<String> members = CsvTable.list(group, ";");
                for (int i = 0; i < members.size(); i++) {
                    for (int j = i + 1; j < members.size(); j++) {
                        pairs.add(List.of(members.get(i), members.get(j)));
                    }
                }
            }
        });
        return pairs;
    }

    /** Pairs that must meet twice (home and away): {@code twice-pairs}, e.g. protected basketball rivalries. */
    public List<List<String>> twicePairs() {
        return pairList("twice-pairs");
    }

    /** Team-specific blackout dates ({@code team-blackouts}, e.g. no match in week 1), team code to dates. */
    public Map<String, Set<LocalDate>> teamBlackouts() {
        Map<String, Set<LocalDate>> blackouts = new LinkedHashMap<>();
        rule("team-blackouts").ifPresent(spec -> {
            for (String entry : CsvTable.list(spec.param(), ";")) {
                String[] parts = entry.split("=", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException(sport + " team-blackouts: expected TEAM=dates, got " + entry);
                }
                blackouts.computeIfAbsent(parts[0].trim(), t -> new TreeSet<>()).addAll(SeasonFormats.dates(parts[1]));
            }
        });
        return blackouts;
    }

    private List<List<String>> pairList(String id) {
        List<List<String>> pairs = new ArrayList<>();
        rule(id).ifPresent(spec -> {
            for (String pair : CsvTable.list(spec.param(), ";")) {
                String[] teams = pair.split("-");
                if (teams.length != 2) {
                    throw new IllegalArgumentException(sport + " " + id + ": expected A-B, got " + pair);
                }
                pairs.add(List.of(teams[0].trim(), teams[1].trim()));
            }
        });
        return pairs;
    }
}
