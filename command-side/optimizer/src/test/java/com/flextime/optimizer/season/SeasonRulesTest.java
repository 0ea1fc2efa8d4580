package com.flextime.optimizer.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.flextime.domain.conference.ConferenceCatalog;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One test per season rule, each on a hand-made team season in a real 2025-26 calendar: the rule finds what it
 * should and nothing else.
 */
class SeasonRulesTest {

    private static final ConferenceCatalog CATALOG = ConferenceCatalog.big12();

    /** A sport's context without generating anything. */
    static SeasonContext context(String sport) {
        SeasonFormat format = Generated.format(sport);
        return new SeasonContext(format, SeasonGenerator.open(CATALOG, format), CATALOG,
                SeasonFormats.of(Generated.SEASON));
    }

    /** A team's season from meetings {date, opponent, "H" or "A"} (single games). */
    static TeamSeason season(SeasonContext c, String team, Object... meetings) {
        TeamSeason s = new TeamSeason(64, c.roundCount, c.n);
        s.clear(c.index.get(team));
        for (int i = 0; i < meetings.length; i += 3) {
            int day = c.day(LocalDate.parse((String) meetings[i]));
            int last = day + c.seriesLength - 1;
            s.add(day, last, c.index.get((String) meetings[i + 1]), c.roundOfDay[day], meetings[i + 2].equals("H"));
        }
        s.sort();
        return s;
    }

    /** A home/away pattern, one game a week from the season's first day, against TCU and ISU in turn. */
    private static TeamSeason pattern(SeasonContext c, String team, String pattern) {
        Object[] meetings = new Object[pattern.length() * 3];
        LocalDate day = c.format.rounds().get(0).get(0);
        for (int i = 0; i < pattern.length(); i++) {
            meetings[3 * i] = day.plusWeeks(i).toString();
            meetings[3 * i + 1] = i % 2 == 0 ? "TCU" : "ISU";
            meetings[3 * i + 2] = String.valueOf(pattern.charAt(i));
        }
        return season(c, team, meetings);
    }

    private static double measure(SeasonRule rule, TeamSeason s, SeasonContext c) {
        return rule.measure(s, c);
    }

    @Test
    void availableDatesRefusesBysSundayAndAHostOnItsCampusBlackout() {
        SeasonContext mbb = context("MBB");
        AvailableDates rule = new AvailableDates();
        // Sunday 4 January 2026: BYU may not play, home or away; Saturday is fine
        assertThat(measure(rule, season(mbb, "BYU", "2026-01-04", "UTAH", "H"), mbb)).isEqualTo(1);
        assertThat(measure(rule, season(mbb, "BYU", "2026-01-04", "UTAH", "A"), mbb)).isEqualTo(1);
        assertThat(measure(rule, season(mbb, "BYU", "2026-01-03", "UTAH", "A"), mbb)).isZero();
        // baseball: BYU cannot host Thu-Sat 2-4 April (LDS General Conference on the 4th) but may visit
        SeasonContext bsb = context("BSB");
        assertThat(measure(rule, season(bsb, "BYU", "2026-04-02", "UTAH", "H"), bsb)).isEqualTo(1);
        assertThat(measure(rule, season(bsb, "BYU", "2026-04-02", "UTAH", "A"), bsb)).isZero();
    }

    @Test
    void oneGamePerDayCountsEachClash() {
        SeasonContext c = context("MBB");
        assertThat(measure(new OneGamePerDay(), season(c, "KU", "2026-01-03", "KSU", "H", "2026-01-03", "ISU", "A"),
                c)).isEqualTo(1);
        assertThat(measure(new OneGamePerDay(), season(c, "KU", "2026-01-03", "KSU", "H", "2026-01-05", "ISU", "A"),
                c)).isZero();
    }

    @Test
    void venueHoldKeepsGymnasticsMeetsApart() {
        // gymnastics holds the arena 1,350 minutes: Friday 19:00 then Saturday 19:00 is 1,440 apart, Saturday 19:00
        // then Sunday 14:00 only 1,140
        SeasonContext c = context("GYM");
        assertThat(measure(new VenueHold(), season(c, "UTAH", "2026-01-23", "BYU", "H", "2026-01-24", "ASU", "H"), c))
                .isZero();
        assertThat(measure(new VenueHold(), season(c, "UTAH", "2026-01-24", "BYU", "H", "2026-01-25", "ASU", "H"), c))
                .isEqualTo(1);
    }

    @Test
    void gamesPerRoundAllowsOneBasketballGameAndTwoTennisMatchesPerRound() {
        SeasonContext mbb = context("MBB");
        // Monday 5 and Wednesday 7 January are the same Mon-Wed window
        assertThat(measure(new GamesPerRound(1), season(mbb, "KU", "2026-01-05", "KSU", "H", "2026-01-07", "ISU", "A"),
                mbb)).isEqualTo(1);
        SeasonContext mtn = context("MTN");
        assertThat(measure(new GamesPerRound(2), season(mtn, "TCU", "2026-03-13", "BAY", "H", "2026-03-15", "TTU", "A"),
                mtn)).isZero();
        assertThat(measure(new GamesPerRound(2), season(mtn, "TCU", "2026-03-12", "BAY", "H", "2026-03-14", "TTU", "A",
                "2026-03-15", "OKST", "H"), mtn)).isEqualTo(1);
    }

    @Test
    void homeAwayBalanceCountsTheExcess() {
        SeasonContext c = context("MBB");
        assertThat(measure(new HomeAwayBalance(0), pattern(c, "BYU", "HHAH"), c)).isEqualTo(2);
        assertThat(measure(new HomeAwayBalance(0), pattern(c, "BYU", "HAAH"), c)).isZero();
    }

    @Test
    void minRestDaysForbidsBackToBackDays() {
        SeasonContext c = context("MBB");
        MinRestDays rule = new MinRestDays("2");
        assertThat(measure(rule, season(c, "KU", "2026-01-04", "KSU", "H", "2026-01-05", "ISU", "A"), c)).isEqualTo(1);
        assertThat(measure(rule, season(c, "KU", "2026-01-03", "KSU", "H", "2026-01-05", "ISU", "A"), c)).isZero();
    }

    @Test
    void maxConsecutiveAwayCountsRoadGamesBeyondTheLimit() {
        SeasonContext c = context("MBB");
        MaxConsecutive rule = new MaxConsecutive(true, "2");
        assertThat(measure(rule, pattern(c, "BYU", "HAAAHAAAA"), c)).isEqualTo(3);
        assertThat(measure(rule, pattern(c, "BYU", "HAAHAAH"), c)).isZero();
    }

    @Test
    void maxConsecutiveHomeCountsHomeGamesBeyondTheLimit() {
        SeasonContext c = context("MBB");
        MaxConsecutive rule = new MaxConsecutive(false, "2");
        assertThat(measure(rule, pattern(c, "BYU", "HHHAHH"), c)).isEqualTo(1);
        assertThat(measure(rule, pattern(c, "BYU", "HHAHHA"), c)).isZero();
    }

    @Test
    void maxAwayInWindowForbidsFourOfFiveOnTheRoad() {
        SeasonContext c = context("MBB");
        MaxAwayInWindow rule = new MaxAwayInWindow("5:3");
        assertThat(measure(rule, pattern(c, "BYU", "AAHAAH"), c)).isEqualTo(1);
        assertThat(measure(rule, pattern(c, "BYU", "AAHAHAA"), c)).isZero();
    }

    @Test
    void maxAwayPairsAllowsOneSetOfBackToBackRoadGames() {
        SeasonContext c = context("MBB");
        MaxAwayPairs rule = new MaxAwayPairs("1");
        assertThat(measure(rule, pattern(c, "BYU", "AAHAAH"), c)).isEqualTo(1);
        assertThat(measure(rule, pattern(c, "BYU", "AAHAHA"), c)).isZero();
    }

    @Test
    void rematchSeparationCountsEachPairOnce() {
        SeasonContext c = context("MBB");
        RematchSeparation rule = new RematchSeparation("10");
        // ISU (lower index than KU) meets KU on the 3rd and the 10th: 7 days apart
        assertThat(measure(rule, season(c, "ISU", "2026-01-03", "KU", "H", "2026-01-10", "KU", "A"), c)).isEqualTo(1);
        assertThat(measure(rule, season(c, "ISU", "2026-01-03", "KU", "H", "2026-01-17", "KU", "A"), c)).isZero();
        // the same pair seen from KU is not counted again
        assertThat(measure(rule, season(c, "KU", "2026-01-03", "ISU", "A", "2026-01-10", "ISU", "H"), c)).isZero();
    }

    @Test
    void openingBalanceNeedsTwoHomeAndTwoAwayInTheFirstFour() {
        SeasonContext c = context("MBB");
        StretchBalance rule = new StretchBalance(true, "4:2");
        assertThat(measure(rule, pattern(c, "BYU", "HHHAAA"), c)).isEqualTo(1);
        assertThat(measure(rule, pattern(c, "BYU", "HAAHHH"), c)).isZero();
    }

    @Test
    void closingBalanceNeedsTwoHomeAndTwoAwayInTheLastFour() {
        SeasonContext c = context("MBB");
        StretchBalance rule = new StretchBalance(false, "4:2");
        assertThat(measure(rule, pattern(c, "BYU", "HHAAAA"), c)).isEqualTo(2);
        assertThat(measure(rule, pattern(c, "BYU", "AAAHAH"), c)).isZero();
    }

    @Test
    void weekendHomeMinCountsFridayToSundayHomeGames() {
        SeasonContext c = context("MBB");
        WeekendHomeMin rule = new WeekendHomeMin("4");
        // three Saturday home games and one Monday home game: one short
        assertThat(measure(rule, season(c, "KU", "2026-01-03", "KSU", "H", "2026-01-10", "ISU", "H",
                "2026-01-17", "BAY", "H", "2026-01-19", "TCU", "H"), c)).isEqualTo(1);
        assertThat(measure(rule, season(c, "KU", "2026-01-03", "KSU", "H", "2026-01-10", "ISU", "H",
                "2026-01-17", "BAY", "H", "2026-01-25", "TCU", "H"), c)).isZero();
    }

    @Test
    void byeRoundsWantsExactlyOneWeekOff() {
        SeasonContext c = context("MTN");
        ByeRounds rule = new ByeRounds("1");
        // two matches in each of the first four weekends, none in the fifth: exactly one bye
        assertThat(measure(rule, season(c, "TCU", "2026-03-13", "BAY", "H", "2026-03-15", "TTU", "A",
                "2026-03-20", "OKST", "H", "2026-03-22", "UCF", "A", "2026-03-27", "ARIZ", "H",
                "2026-03-29", "ASU", "A", "2026-04-02", "BYU", "H", "2026-04-04", "UTAH", "A"), c)).isZero();
        // one match in each of the five weekends: no bye at all
        assertThat(measure(rule, season(c, "TCU", "2026-03-13", "BAY", "H", "2026-03-20", "TTU", "A",
                "2026-03-27", "OKST", "H", "2026-04-03", "UCF", "A", "2026-04-10", "ARIZ", "H"), c)).isEqualTo(1);
    }

    @Test
    void travelGoesStraightBetweenRoadGamesOnATrip() {
        SeasonContext c = context("MBB");
        double arizAsu = c.miles[c.index.get("ARIZ")][c.index.get("ASU")];
        double arizUtah = c.miles[c.index.get("ARIZ")][c.index.get("UTAH")];
        double asuUtah = c.miles[c.index.get("ASU")][c.index.get("UTAH")];
        Travel rule = new Travel("3");
        // at ASU Saturday, at Utah Monday: one trip ARIZ-ASU-UTAH-ARIZ
        assertThat(Travel.miles(season(c, "ARIZ", "2026-01-03", "ASU", "A", "2026-01-05", "UTAH", "A"), c, 3))
                .isCloseTo(arizAsu + asuUtah + arizUtah, within(1e-9));
        // a week apart: home in between
        assertThat(Travel.miles(season(c, "ARIZ", "2026-01-03", "ASU", "A", "2026-01-10", "UTAH", "A"), c, 3))
                .isCloseTo(2 * arizAsu + 2 * arizUtah, within(1e-9));
        // home games cost nothing; the measure is in hundreds of miles
        assertThat(measure(rule, season(c, "ARIZ", "2026-01-03", "ASU", "H"), c)).isZero();
        assertThat(measure(rule, season(c, "ARIZ", "2026-01-03", "ASU", "A"), c)).isCloseTo(2 * arizAsu / 100,
                within(1e-9));
        assertThat(arizAsu).isBetween(90.0, 110.0);
    }

    @Test
    void breaksCountTwoInARow() {
        SeasonContext c = context("MBB");
        assertThat(measure(new Breaks(), pattern(c, "BYU", "HHAHAA"), c)).isEqualTo(2);
        assertThat(measure(new Breaks(), pattern(c, "BYU", "HAHAHA"), c)).isZero();
    }

    @Test
    void examAwayCountsRoadGamesOnTheTeamsOwnExamDays() {
        // Texas Tech's spring finals are 8-12 May; a Fri-Sun series on 8-10 May
        SeasonContext c = context("BSB");
        ExamAway rule = new ExamAway();
        assertThat(measure(rule, season(c, "TTU", "2026-05-08", "TCU", "A"), c)).isEqualTo(3);
        assertThat(measure(rule, season(c, "TTU", "2026-05-08", "TCU", "H"), c)).isZero();
        assertThat(measure(rule, season(c, "TTU", "2026-04-24", "TCU", "A"), c)).isZero();
    }

    @Test
    void openingHomeWantsAHomeGameAmongTheFirstTwo() {
        SeasonContext c = context("FB");
        StretchHome rule = new StretchHome(true, "2");
        assertThat(measure(rule, pattern(c, "KU", "AAHH"), c)).isEqualTo(1);
        assertThat(measure(rule, pattern(c, "KU", "AHAA"), c)).isZero();
    }

    @Test
    void closingHomeWantsAHomeGameAmongTheLastTwo() {
        SeasonContext c = context("FB");
        StretchHome rule = new StretchHome(false, "2");
        assertThat(measure(rule, pattern(c, "KU", "HHAA"), c)).isEqualTo(1);
        assertThat(measure(rule, pattern(c, "KU", "AAHA"), c)).isZero();
    }

    @Test
    void homeDroughtCountsWindowsOfThreeWeeksWithoutAHomeGame() {
        // football: 11 Saturdays from 20 September; home only on the 1st and the 7th
        SeasonContext c = context("FB");
        HomeDrought rule = new HomeDrought("3");
        TeamSeason s = season(c, "KU", "2025-09-20", "KSU", "H", "2025-11-01", "ISU", "H", "2025-11-29", "BAY", "A");
        // rounds 1-5 without a home game: windows ending in rounds 3, 4, 5; rounds 7-10: windows ending in 9, 10
        assertThat(measure(rule, s, c)).isEqualTo(5);
    }

    @Test
    void preferredDaysCountsGamesOffThePreferredWeekdays() {
        SeasonContext c = context("GYM");
        PreferredDays rule = new PreferredDays("FRI");
        assertThat(measure(rule, season(c, "UTAH", "2026-01-23", "BYU", "H"), c)).isZero();
        // a Saturday meet: half a game per team's view, so one game counts once for the pair
        assertThat(measure(rule, season(c, "UTAH", "2026-01-24", "BYU", "H"), c)).isEqualTo(0.5);
    }
}
