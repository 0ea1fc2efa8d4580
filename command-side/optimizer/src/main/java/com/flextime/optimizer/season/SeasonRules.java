package com.flextime.optimizer.season;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The catalogue of season rules: the built-in ones every sport keeps (hard), and the Big 12 rules a sport switches on
 * in {@code season_rules_<season>.csv}, by id, hard or soft.
 */
public final class SeasonRules {

    private static final Set<String> SEQUENCE = Set.of("min-rest-days", "max-consecutive-away",
            "max-consecutive-home", "max-away-in-window", "max-away-pairs", "rematch-separation", "opening-balance",
            "closing-balance", "weekend-home-min", "bye-rounds", "travel", "weekly-miles", "breaks", "exam-away",
            "opening-home", "closing-home", "home-drought", "preferred-days", "no-travel-window", "no-compressed-pattern",
            "shared-venue", "same-day-home", "mixed-rounds", "home-home-weekends", "away-away-weekends",
            "partner-saturday", "altitude-visits", "away-bye-away", "weekend-byes");

    /** Rules judged on the whole season at once ({@link SeasonWideRule}). */
    static final Set<String> WIDE = Set.of("big-monday", "big-monday-home-after-road", "partners-travel-together",
            "open-week-advantage", "plays-after-bye-balance");

    private SeasonRules() {
    }

    static boolean isKnown(String id) {
        return SEQUENCE.contains(id) || WIDE.contains(id) || SeasonFormat.PAIRING_RULES.contains(id)
                || SeasonFormat.CALENDAR_RULES.contains(id);
    }

    static Set<String> known() {
        Set<String> all = new TreeSet<>(SEQUENCE);
        all.addAll(WIDE);
        all.addAll(SeasonFormat.PAIRING_RULES);
        all.addAll(SeasonFormat.CALENDAR_RULES);
        return all;
    }

    /** The rule with this id and parameter text. */
    static SeasonRule create(String id, String param) {
        return switch (id) {
            case "min-rest-days" -> new MinRestDays(param);
            case "max-consecutive-away" -> new MaxConsecutive(true, param);
            case "max-consecutive-home" -> new MaxConsecutive(false, param);
            case "max-away-in-window" -> new MaxAwayInWindow(param);
            case "max-away-pairs" -> new MaxAwayPairs(param);
            case "rematch-separation" -> new RematchSeparation(param);
            case "opening-balance" -> new StretchBalance(true, param);
            case "closing-balance" -> new StretchBalance(false, param);
            case "weekend-home-min" -> new WeekendHomeMin(param);
            case "bye-rounds" -> new ByeRounds(param);
            case "travel" -> new Travel(param);
            case "weekly-miles" -> new WeeklyMiles(param);
            case "breaks" -> new Breaks();
            case "exam-away" -> new ExamAway();
            case "opening-home" -> new StretchHome(true, param);
            case "closing-home" -> new StretchHome(false, param);
            case "home-drought" -> new HomeDrought(param);
            case "preferred-days" -> new PreferredDays(param);
            case "no-travel-window" -> new NoTravelWindow(param);
            case "no-compressed-pattern" -> new NoCompressedPattern(param);
            case "shared-venue" -> new SharedVenue();
            case "same-day-home" -> new SameDayHome(param);
            case "mixed-rounds" -> new MixedRounds();
            case "home-home-weekends" -> new PartnerWeekends(true, param);
            case "away-away-weekends" -> new PartnerWeekends(false, param);
            case "partner-saturday" -> new PartnerSaturday(param);
            case "altitude-visits" -> new AltitudeVisits(param);
            case "away-bye-away" -> new AwayByeAway();
            case "weekend-byes" -> new WeekendByes(param);
            default -> throw new IllegalArgumentException("unknown season rule '" + id + "'");
        };
    }

    /**
     * Every rule a team's season of this format is judged by: first the built-in hard ones (dates, one game a day,
     * venue hold, meetings per round, home/away balance), then the sport's own rules in file order.
     */
    public static List<SeasonRule.Use> of(SeasonFormat format) {
        List<SeasonRule.Use> uses = new ArrayList<>();
        uses.add(new SeasonRule.Use(new AvailableDates(), true, 0));
        uses.add(new SeasonRule.Use(new OneGamePerDay(), true, 0));
        uses.add(new SeasonRule.Use(new VenueHold(), true, 0));
        uses.add(new SeasonRule.Use(new GamesPerRound(format.maxPerRound()), true, 0));
        uses.add(new SeasonRule.Use(new HomeAwayBalance(format.homeAwayMaxDiff()), true, 0));
        for (SeasonFormat.RuleSpec spec : format.sequenceRules()) {
            if (WIDE.contains(spec.rule())) {
                continue;
            }
            uses.add(new SeasonRule.Use(create(spec.rule(), spec.param()), spec.hard(), spec.weight()));
        }
        return uses;
    }

    /** The sport's season-wide rules ({@link SeasonWideRule}), in file order. */
    static List<SeasonWideRule.Use> wide(SeasonFormat format) {
        List<SeasonWideRule.Use> uses = new ArrayList<>();
        for (SeasonFormat.RuleSpec spec : format.sequenceRules()) {
            SeasonWideRule rule = switch (spec.rule()) {
                case "big-monday" -> new BigMonday(spec.param());
                case "big-monday-home-after-road" -> new BigMondayHomeAfterRoad(BigMonday.of(format).orElseThrow(
                        () -> new IllegalArgumentException(format.sport()
                                + ": big-monday-home-after-road needs a big-monday row")));
                case "partners-travel-together" -> new PartnersTravelTogether(spec.param());
                case "open-week-advantage" -> new OpenWeekAdvantage(spec.param());
                case "plays-after-bye-balance" -> new PlaysAfterByeBalance();
                default -> null;
            };
            if (rule != null) {
                uses.add(new SeasonWideRule.Use(rule, spec.hard(), spec.weight()));
            }
        }
        return uses;
    }
}
