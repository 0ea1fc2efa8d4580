package com.flextime.optimizer.season;

/**
 * A Big 12 rule judged on one team's season. The same rule is hard for one sport and soft for another; the season
 * data decides (see {@code season_rules_<season>.csv}).
 */
public interface SeasonRule {

    /** Stable id, the same in the data files, the report and the docs. */
    String id();

    /** Plain-language name. */
    String name();

    /**
     * How far the team's season is from the rule: the number of violations (hard) or of penalty units (soft, e.g.
     * hundreds of miles); 0 when the rule is kept.
     */
    double measure(TeamSeason season, SeasonContext context);

    /** A rule as a sport uses it: hard, or soft with a weight per unit. */
    record Use(SeasonRule rule, boolean hard, double weight) {

        public double score(double measure) {
            return hard ? measure : weight * measure;
        }
    }

    /** Parses {@code "N:K"} into two integers. */
    static int[] pair(String param, String rule) {
        String[] parts = param.split(":");
        if (parts.length != 2) {
            throw new IllegalArgumentException(rule + ": expected N:K, got '" + param + "'");
        }
        return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
    }

    static int number(String param, String rule) {
        try {
            return Integer.parseInt(param.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(rule + ": expected a number, got '" + param + "'");
        }
    }

    /**
     * Parses {@code key=value;key=value} (keys in order; an entry without {@code =} gets the key {@code ""}).
     * Unknown keys are refused, so a typo in the data never silently falls back to a default.
     */
    static java.util.Map<String, String> options(String param, String rule, java.util.Set<String> known) {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        for (String entry : com.flextime.domain.conference.CsvTable.list(param, ";")) {
            int eq = entry.indexOf('=');
            String key = eq < 0 ? "" : entry.substring(0, eq).trim();
            String value = eq < 0 ? entry.trim() : entry.substring(eq + 1).trim();
            if (!known.contains(key)) {
                throw new IllegalArgumentException(rule + ": unknown option '" + key + "' in '" + param
                        + "'; known: " + known);
            }
            options.put(key, value);
        }
        return options;
    }
}
