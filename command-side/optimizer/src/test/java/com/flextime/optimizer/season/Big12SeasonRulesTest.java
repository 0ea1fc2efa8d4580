package com.flextime.optimizer.season;

import static com.flextime.optimizer.season.SeasonRulesTest.context;
import static com.flextime.optimizer.season.SeasonRulesTest.season;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
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
    void weeklyMilesCountsTheMilesOverTheCapInEachMondayToSundayWeek() {
        SeasonContext c = context("MBB");
        SeasonRule rule = rule("MBB", "weekly-miles");
        assertThat(Generated.format("MBB").rule("weekly-miles").orElseThrow().weight()).isEqualTo(0.7);
        int wvu = c.index.get("WVU");
        int ariz = c.index.get("ARIZ");
        int asu = c.index.get("ASU");
        // at Arizona on Monday 5 January and at Arizona State on Wednesday: one road trip, all in one week
        double trip = c.miles[wvu][ariz] + c.miles[ariz][asu] + c.miles[asu][wvu];
        assertThat(rule.measure(season(c, "WVU", "2026-01-05", "ARIZ", "A", "2026-01-07", "ASU", "A"), c))
                .isCloseTo((trip - 1500) / 100, org.assertj.core.data.Offset.offset(1e-9));
        // the same two games a week apart: each week's trip is under the cap only if it is short
        double apart = Math.max(0, 2 * c.miles[wvu][ariz] - 1500) + Math.max(0, 2 * c.miles[wvu][asu] - 1500);
        assertThat(rule.measure(season(c, "WVU", "2026-01-05", "ARIZ", "A", "2026-01-12", "ASU", "A"), c))
                .isCloseTo(apart / 100, org.assertj.core.data.Offset.offset(1e-9));
        // Kansas State at Kansas and home again: far under the cap
        assertThat(rule.measure(season(c, "KSU", "2026-01-05", "KU", "A", "2026-01-07", "TCU", "H"), c)).isZero();
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

    /** A whole season's single games, each {@code "2026-01-12 KSU@KU"} (date, visitor at host). */
    static SeasonGames games(SeasonContext c, String... games) {
        SeasonGames all = new SeasonGames(games.length);
        all.clear();
        for (String game : games) {
            String[] parts = game.split("[ @]");
            int day = c.day(LocalDate.parse(parts[0]));
            all.add(c.index.get(parts[2]), c.index.get(parts[1]), day, day, c.roundOfDay[day]);
        }
        return all;
    }

    static SeasonWideRule wide(String sport, String id) {
        return SeasonRules.wide(Generated.format(sport)).stream().map(SeasonWideRule.Use::rule)
                .filter(r -> r.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError(sport + " " + id));
    }

    @Test
    void bigMondayNeedsAGameOnEachTvDateWhoseVisitorDidNotComeOffAFarRoadGame() {
        SeasonContext c = context("MBB");
        SeasonWideRule rule = wide("MBB", "big-monday");
        // eight TV dates, 12 January to 2 March; only the first has a game here
        assertThat(rule.measure(games(c, "2026-01-10 ISU@KSU", "2026-01-12 KSU@KU"), c)).isEqualTo(7);
        // Kansas State was at Texas Tech on Saturday, 520 miles from Lawrence: not a Big Monday visitor
        assertThat(rule.measure(games(c, "2026-01-10 KSU@TTU", "2026-01-12 KSU@KU"), c)).isEqualTo(8);
        // ... but at Oklahoma State, under 300 miles away, it may be (the "nearby opponents" exception)
        assertThat(rule.measure(games(c, "2026-01-10 KSU@OKST", "2026-01-12 KSU@KU"), c)).isEqualTo(7);
        // Kansas on two TV dates a week apart: only one of them can be its Big Monday
        assertThat(rule.measure(games(c, "2026-01-12 KSU@KU", "2026-01-19 ISU@KU"), c)).isEqualTo(7);
        assertThat(rule.measure(games(c, "2026-01-12 KSU@KU", "2026-01-19 ISU@TCU"), c)).isEqualTo(6);
        assertThat(rule.measure(games(c, "2026-01-12 KSU@KU", "2026-01-26 ISU@KU"), c)).isEqualTo(6);
    }

    @Test
    void bigMondayHostsShouldComeOffARoadGame() {
        SeasonContext c = context("MBB");
        SeasonWideRule rule = wide("MBB", "big-monday-home-after-road");
        assertThat(Generated.format("MBB").rule("big-monday-home-after-road").orElseThrow().weight()).isEqualTo(0.6);
        assertThat(rule.measure(games(c, "2026-01-10 KU@TCU", "2026-01-12 KSU@KU"), c)).isZero();
        assertThat(rule.measure(games(c, "2026-01-10 TCU@KU", "2026-01-12 KSU@KU"), c)).isEqualTo(1);
        // with a choice, the designation takes the host that was on the road
        assertThat(rule.measure(games(c, "2026-01-10 TCU@KU", "2026-01-12 KSU@KU", "2026-01-10 BAY@ISU",
                "2026-01-10 HOU@UCF", "2026-01-12 UCF@HOU"), c)).isZero();
    }

    @Test
    void theGeneratedMensSeasonHasItsBigMondaysAtEightCentral() {
        SeasonGenerator.Result result = Generated.season("MBB");
        SeasonContext c = result.context();
        SeasonValidator.Validation v = SeasonValidator.validate(c, result.games());
        assertThat(v.format()).containsEntry("big-monday", 0);
        assertThat(v.bigMondays()).hasSize(8);
        for (String line : v.bigMondays()) {
            // "2026-01-12 KSU at KU 20:00 local"
            String[] parts = line.split(" ");
            LocalDate date = LocalDate.parse(parts[0]);
            String host = parts[3];
            LocalTime expected = date.atTime(20, 0).atZone(ZoneId.of("America/Chicago"))
                    .withZoneSameInstant(c.zone[c.index.get(host)]).toLocalTime();
            assertThat(result.games()).filteredOn(g -> g.date().equals(date) && g.home().equals(host))
                    .singleElement().satisfies(g -> assertThat(g.time()).isEqualTo(expected));
        }
    }

    @Test
    void partnersTravelTogetherWantsThePartnerAtTheHostsPartnerInTheSameRound() {
        // women's tennis weekends: Arizona and Arizona State visit Baylor and TCU
        SeasonContext c = context("WTN");
        SeasonWideRule rule = wide("WTN", "partners-travel-together");
        assertThat(rule.measure(games(c, "2026-02-27 ARIZ@BAY", "2026-02-27 ASU@TCU", "2026-03-01 ARIZ@TCU",
                "2026-03-01 ASU@BAY"), c)).isZero();
        // Arizona State goes to TCU a week later: both visits are without their partner
        assertThat(rule.measure(games(c, "2026-02-27 ARIZ@BAY", "2026-03-06 ASU@TCU"), c)).isEqualTo(2);
        // nor does dropping the partner's visit help: both travel alone
        assertThat(rule.measure(games(c, "2026-02-27 ARIZ@BAY", "2026-03-06 ASU@HOU"), c)).isEqualTo(2);
        // partners playing each other is no partner trip (only Arizona State at Houston, alone, counts)
        assertThat(rule.measure(games(c, "2026-02-27 ARIZ@ASU", "2026-03-06 ASU@HOU"), c)).isEqualTo(1);
        assertThat(List.of("MBB", "WBB")).allSatisfy(sport -> assertThat(wide(sport, "partners-travel-together"))
                .isNotNull());
    }

    @Test
    void mixedRoundsCountsTennisWeekendsWithAHomeAndARoadMatch() {
        SeasonContext c = context("WTN");
        SeasonRule rule = rule("WTN", "mixed-rounds");
        // Arizona hosts Baylor on Friday 27 February and plays at TCU on Sunday 1 March: a split weekend
        assertThat(rule.measure(season(c, "ARIZ", "2026-02-27", "BAY", "H", "2026-03-01", "TCU", "A"), c))
                .isEqualTo(1);
        // home-home, then away-away the next weekend
        assertThat(rule.measure(season(c, "ARIZ", "2026-02-27", "BAY", "H", "2026-03-01", "TCU", "H",
                "2026-03-06", "UCF", "A", "2026-03-08", "HOU", "A"), c)).isZero();
    }

    /** The row of the rules file for this sport and rule. */
    static SeasonFormat.RuleSpec row(String sport, String id) {
        return Generated.format(sport).rule(id).orElseThrow(() -> new AssertionError(sport + " has no row for " + id));
    }

    @Test
    void homeHomeWeekendsCountsTennisWeekendsWithTwoHomeMatches() {
        // women's tennis: 2-3 home-home weekends per team, hard
        SeasonContext c = context("WTN");
        SeasonRule rule = rule("WTN", "home-home-weekends");
        assertThat(row("WTN", "home-home-weekends").hard()).isTrue();
        assertThat(rule.name()).isEqualTo(
                "Between 2 and 3 home-home weekends (rounds with two or more meetings, all at home)");
        // one home-home weekend (27 Feb and 1 Mar); the next weekend is split, the one after away-away
        assertThat(rule.measure(season(c, "ARIZ", "2026-02-27", "BAY", "H", "2026-03-01", "TCU", "H",
                "2026-03-06", "UCF", "H", "2026-03-08", "HOU", "A",
                "2026-03-13", "CIN", "A", "2026-03-15", "WVU", "A"), c)).isEqualTo(1);
        // two home-home weekends
        assertThat(rule.measure(season(c, "ARIZ", "2026-02-27", "BAY", "H", "2026-03-01", "TCU", "H",
                "2026-03-06", "UCF", "H", "2026-03-08", "HOU", "H",
                "2026-03-13", "CIN", "A", "2026-03-15", "WVU", "A"), c)).isZero();
        // four: one too many
        assertThat(rule.measure(season(c, "ARIZ", "2026-02-27", "BAY", "H", "2026-03-01", "TCU", "H",
                "2026-03-06", "UCF", "H", "2026-03-08", "HOU", "H", "2026-03-13", "CIN", "H", "2026-03-15", "WVU", "H",
                "2026-03-20", "ISU", "H", "2026-03-22", "KU", "H"), c)).isEqualTo(1);
        // the away side is its own row with its own count: two away-away weekends keep it
        SeasonRule away = rule("WTN", "away-away-weekends");
        assertThat(row("WTN", "away-away-weekends").hard()).isTrue();
        assertThat(away.name()).contains("away-away weekends");
        assertThat(away.measure(season(c, "ARIZ", "2026-02-27", "BAY", "A", "2026-03-01", "TCU", "A",
                "2026-03-06", "UCF", "A", "2026-03-08", "HOU", "A"), c)).isZero();
        assertThat(away.measure(season(c, "ARIZ", "2026-02-27", "BAY", "A", "2026-03-01", "TCU", "H"), c))
                .isEqualTo(2);
    }

    @Test
    void partnerSaturdayWantsTheSinglePartnerMatchOnASaturdayAloneInItsWeekend() {
        SeasonContext c = context("WTN");
        SeasonRule rule = rule("WTN", "partner-saturday");
        assertThat(row("WTN", "partner-saturday").weight()).isEqualTo(0.8);
        assertThat(rule.name()).isEqualTo("The match against the travel partner on a Saturday, alone in its round "
                + "(per team: off the Saturday, another match that round, no partner match)");
        // Arizona plays Arizona State alone on Saturday 14 March, two matches on the other weekends
        assertThat(rule.measure(season(c, "ARIZ", "2026-03-06", "BAY", "H", "2026-03-08", "TCU", "H",
                "2026-03-14", "ASU", "H", "2026-03-20", "UCF", "A", "2026-03-22", "HOU", "A"), c)).isZero();
        // on the Friday: one unit
        assertThat(rule.measure(season(c, "ARIZ", "2026-03-13", "ASU", "H"), c)).isEqualTo(1);
        // on the Saturday, but with TCU on the Sunday of the same weekend: one unit
        assertThat(rule.measure(season(c, "ARIZ", "2026-03-14", "ASU", "H", "2026-03-15", "TCU", "A"), c))
                .isEqualTo(1);
        // on the Thursday with another match that weekend: two
        assertThat(rule.measure(season(c, "ARIZ", "2026-03-12", "ASU", "A", "2026-03-15", "TCU", "A"), c))
                .isEqualTo(2);
        // no partner match at all: one
        assertThat(rule.measure(season(c, "ARIZ", "2026-03-14", "TCU", "H"), c)).isEqualTo(1);
    }

    @Test
    void altitudeVisitsLetsOnlyTheRotationPairVisitBothAltitudePairs() {
        SeasonContext c = context("WTN");
        SeasonRule rule = rule("WTN", "altitude-visits");
        assertThat(row("WTN", "altitude-visits").weight()).isEqualTo(0.8);
        assertThat(rule.name()).isEqualTo("Altitude pairs BYU-UTAH, COLO-TTU: a team visits at most one, the "
                + "rotation pair KSU-OKST visits each (per team: pairs visited beyond one, or not visited by the "
                + "rotation pair)");
        // Kansas at BYU and at Colorado: both altitude pairs, one too many
        assertThat(rule.measure(season(c, "KU", "2026-03-05", "BYU", "A", "2026-03-13", "COLO", "A"), c))
                .isEqualTo(1);
        // at BYU and Utah (one pair), Colorado at Kansas: kept
        assertThat(rule.measure(season(c, "KU", "2026-03-05", "BYU", "A", "2026-03-07", "UTAH", "A",
                "2026-03-13", "COLO", "H"), c)).isZero();
        // the 2026 rotation pair visits both: Kansas State at BYU and at Texas Tech keeps it, only at BYU does not
        assertThat(rule.measure(season(c, "KSU", "2026-03-05", "BYU", "A", "2026-03-13", "TTU", "A"), c)).isZero();
        assertThat(rule.measure(season(c, "KSU", "2026-03-05", "BYU", "A", "2026-03-13", "TTU", "H"), c))
                .isEqualTo(1);
        // an altitude team's own pair does not count: BYU at Utah and at Colorado is one visit
        assertThat(rule.measure(season(c, "BYU", "2026-03-07", "UTAH", "A", "2026-03-12", "COLO", "A"), c))
                .isZero();
    }

    @Test
    void awayByeAwayCountsTwoRoadGamesAroundOneOpenWeek() {
        SeasonContext c = context("FB");
        SeasonRule rule = rule("FB", "away-bye-away");
        assertThat(row("FB", "away-bye-away").weight()).isEqualTo(0.7);
        assertThat(rule.name()).isEqualTo("Away-bye-away: two road games in a row with one open round between them");
        // at TCU on 20 September, open on the 27th, at Baylor on 4 October
        assertThat(rule.measure(season(c, "KU", "2025-09-20", "TCU", "A", "2025-10-04", "BAY", "A"), c))
                .isEqualTo(1);
        // home after the open week, or two open weeks between the road games
        assertThat(rule.measure(season(c, "KU", "2025-09-20", "TCU", "A", "2025-10-04", "BAY", "H"), c)).isZero();
        assertThat(rule.measure(season(c, "KU", "2025-09-20", "TCU", "A", "2025-10-11", "BAY", "A"), c)).isZero();
    }

    @Test
    void openWeekAdvantageAllowsTwoOpponentsComingOffAnOpenWeek() {
        SeasonContext c = context("FB");
        SeasonWideRule rule = wide("FB", "open-week-advantage");
        assertThat(row("FB", "open-week-advantage").hard()).isTrue();
        assertThat(rule.name()).isEqualTo("Games against an opponent coming off an open week, beyond 2 per team");
        // Kansas plays every week; Iowa State, Oklahoma State and TCU each come to Lawrence off an open week
        assertThat(rule.measure(games(c, "2025-09-20 BAY@KU", "2025-09-27 ISU@KU", "2025-10-04 OKST@KU",
                "2025-10-11 TCU@KU"), c)).isEqualTo(1);
        // TCU plays Baylor on 4 October: it comes to Kansas rested no more. Baylor comes to TCU off an open week,
        // but so does TCU: no advantage either way
        assertThat(rule.measure(games(c, "2025-09-20 BAY@KU", "2025-09-27 ISU@KU", "2025-10-04 OKST@KU",
                "2025-10-04 BAY@TCU", "2025-10-11 TCU@KU"), c)).isZero();
    }

    @Test
    void playsAfterByeBalanceKeepsTeamsWithinOneOfEachOther() {
        SeasonContext c = context("WBB");
        SeasonWideRule rule = wide("WBB", "plays-after-bye-balance");
        assertThat(row("WBB", "plays-after-bye-balance").weight()).isEqualTo(0.65);
        assertThat(rule.name()).isEqualTo(
                "Games against an opponent coming off a bye, outside an even share (teams at most 1 apart)");
        // Kansas meets Iowa State (bye on 20-22 December) and Kansas State (bye at New Year) each after their bye:
        // two such games for Kansas, none for the other fifteen
        assertThat(rule.measure(games(c, "2025-12-20 KU@KSU", "2025-12-31 ISU@KU", "2026-01-03 KSU@KU"), c))
                .isEqualTo(1);
        // Kansas State goes to Iowa State instead: one each
        assertThat(rule.measure(games(c, "2025-12-20 KU@KSU", "2025-12-31 ISU@KU", "2026-01-03 KSU@ISU"), c))
                .isZero();
    }

    @Test
    void weekendByesCountsByesInWeekendWindows() {
        SeasonContext c = context("WBB");
        SeasonRule rule = rule("WBB", "weekend-byes");
        assertThat(row("WBB", "weekend-byes").weight()).isEqualTo(0.7);
        assertThat(rule.name()).isEqualTo("Byes in a round with a game day on Sat, Sun (byes belong midweek)");
        // a game in every window but Saturday-Sunday 3-4 January: a weekend bye
        assertThat(rule.measure(everyRoundBut(c, "KU", "2026-01-03"), c)).isEqualTo(1);
        // the bye on New Year (Wednesday 31 December, Thursday 1 January) is midweek
        assertThat(rule.measure(everyRoundBut(c, "KU", "2025-12-31"), c)).isZero();
    }

    /** A home game on the first day of every round except the one with this date. */
    private static TeamSeason everyRoundBut(SeasonContext c, String team, String bye) {
        java.util.List<Object> meetings = new java.util.ArrayList<>();
        String[] opponents = {"KSU", "ISU", "OKST", "TCU"};
        int i = 0;
        for (List<LocalDate> round : c.format.rounds()) {
            if (!round.contains(LocalDate.parse(bye))) {
                meetings.add(round.get(0).toString());
                meetings.add(opponents[i++ % opponents.length]);
                meetings.add("H");
            }
        }
        return season(c, team, meetings.toArray());
    }
}
