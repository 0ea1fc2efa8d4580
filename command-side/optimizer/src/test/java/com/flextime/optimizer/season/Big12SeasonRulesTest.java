package com.flextime.optimizer.season;

import static com.flextime.optimizer.season.SeasonRulesTest.context;
import static com.flextime.optimizer.season.SeasonRulesTest.season;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Big 12 rules added to the catalogue after the first generator (BYU's Sabbath travel, compressed basketball
 * weeks, ...), one test each on hand-made seasons in the real 2025-26 calendar: one that breaks the rule, one that
 * keeps it. The rules are built from their rows in {@code season_rules_2025_26.csv}, so the test also checks the
 * data.
 */
class Big12SeasonRulesTest {

    /** The rule as the sport's row in the rules file configures it. */
    static SeasonRule rule(String sport, String id) {
        SeasonFormat.RuleSpec spec = Generated.format(sport).rule(id).orElseThrow(
                () -> new AssertionError(sport + " has no row for " + id));
        return SeasonRules.create(id, spec.param());
    }

    @Test
    void noTravelWindowFollowsBysItineraryThroughItsSabbath() {
        SeasonContext c = context("MBB");
        SeasonRule rule = rule("MBB", "no-travel-window");
        assertThat(Generated.format("MBB").rule("no-travel-window").orElseThrow().hard()).isTrue();
        // home on Saturday 3 January (16:00, over at 18:30), at Utah on Monday: it would have to fly on Sunday
        assertThat(rule.measure(season(c, "BYU", "2026-01-03", "KU", "H", "2026-01-05", "UTAH", "A"), c))
                .isEqualTo(1);
        // at Arizona State on Saturday, at Arizona on Monday: the Saturday game ends after 18:00
        assertThat(rule.measure(season(c, "BYU", "2026-01-03", "ASU", "A", "2026-01-05", "ARIZ", "A"), c))
                .isEqualTo(1);
        // a free weekend before the Monday road game: it travels on Thursday, Friday or Saturday
        assertThat(rule.measure(season(c, "BYU", "2025-12-31", "KU", "H", "2026-01-05", "UTAH", "A"), c)).isZero();
        // at Arizona State on Saturday, home on Monday (fly Monday morning) or at Arizona on Tuesday
        assertThat(rule.measure(season(c, "BYU", "2026-01-03", "ASU", "A", "2026-01-05", "KU", "H"), c)).isZero();
        assertThat(rule.measure(season(c, "BYU", "2026-01-03", "ASU", "A", "2026-01-06", "ARIZ", "A"), c)).isZero();
        // the rule is about BYU only: Utah may fly on Sunday
        assertThat(rule.measure(season(c, "UTAH", "2026-01-03", "KU", "H", "2026-01-05", "BYU", "A"), c)).isZero();
    }

    @Test
    void noTravelWindowUsesEachCampusesLocalTimeAndTheDistance() {
        // women's basketball plays Saturday at 12:00 (over at 14:30 local), the Monday game at 17:00
        SeasonContext c = context("WBB");
        SeasonRule rule = rule("WBB", "no-travel-window");
        // Tempe to Tucson takes a little over two hours: BYU is there before Saturday 18:00
        assertThat(rule.measure(season(c, "BYU", "2025-12-20", "ASU", "A", "2025-12-22", "ARIZ", "A"), c)).isZero();
        // Orlando to Tucson takes six: the Sabbath begins in Orlando at 18:00 Eastern, 16:00 in Arizona
        assertThat(rule.measure(season(c, "BYU", "2025-12-20", "UCF", "A", "2025-12-22", "ARIZ", "A"), c))
                .isEqualTo(1);
    }

    @Test
    void noCompressedPatternForbidsSaturdayMondayWednesday() {
        SeasonContext c = context("MBB");
        SeasonRule rule = rule("MBB", "no-compressed-pattern");
        assertThat(rule.measure(season(c, "KU", "2026-01-03", "KSU", "H", "2026-01-05", "ISU", "A",
                "2026-01-07", "BAY", "H"), c)).isEqualTo(1);
        assertThat(rule.measure(season(c, "KU", "2026-01-03", "KSU", "H", "2026-01-05", "ISU", "A",
                "2026-01-10", "BAY", "H"), c)).isZero();
        assertThat(rule.measure(season(c, "KU", "2026-01-03", "KSU", "H", "2026-01-06", "ISU", "A",
                "2026-01-07", "BAY", "H"), c)).isZero();
        assertThat(Generated.format("WBB").rule("no-compressed-pattern")).isPresent();
    }
}
