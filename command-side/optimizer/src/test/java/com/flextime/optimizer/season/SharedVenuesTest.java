package com.flextime.optimizer.season;

import static com.flextime.optimizer.season.SeasonRulesTest.season;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.flextime.domain.conference.ConferenceCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seasons of several sports at one school: {@code shared-venue} keeps a new season off an arena another sport's
 * season already uses, {@code same-day-home} avoids men's and women's home games on one day, and
 * {@code generate --with} reads the other seasons from the files {@code generate} writes.
 */
class SharedVenuesTest {

    private static final ConferenceCatalog CATALOG = ConferenceCatalog.big12();

    private static SeasonContext context(String sport, SharedVenues.Season... others) {
        SeasonFormat format = Generated.format(sport);
        return new SeasonContext(format, SeasonGenerator.open(CATALOG, format), CATALOG,
                SeasonFormats.of(Generated.SEASON), List.of(others));
    }

    private static SeasonGenerator.Game game(String date, String time, String home, String away, String sport) {
        return new SeasonGenerator.Game(LocalDate.parse(date), LocalTime.parse(time), home, away,
                CATALOG.homeVenue(home, sport).code());
    }

    @Test
    void sharedVenueKeepsAHomeGameOffAnArenaAnotherSportHolds() {
        // a men's game at Allen Fieldhouse on Saturday 3 January at 13:00; women's basketball plays Saturdays at
        // 12:00 and Sundays at 13:00, and an arena game holds the arena 210 minutes
        SharedVenues.Season mbb = new SharedVenues.Season("MBB", List.of(game("2026-01-03", "13:00", "KU", "KSU", "MBB")));
        SeasonContext c = context("WBB", mbb);
        SeasonRule rule = Big12SeasonRulesTest.rule("WBB", "shared-venue");
        assertThat(rule.measure(season(c, "KU", "2026-01-03", "ISU", "H"), c)).isEqualTo(1);
        assertThat(rule.measure(season(c, "KU", "2026-01-04", "ISU", "H"), c)).isZero();
        // on the road that day, or another school's arena: no clash
        assertThat(rule.measure(season(c, "KU", "2026-01-03", "ISU", "A"), c)).isZero();
        assertThat(rule.measure(season(c, "KSU", "2026-01-03", "ISU", "H"), c)).isZero();
        // without the other season there is nothing to share
        assertThat(rule.measure(season(context("WBB"), "KU", "2026-01-03", "ISU", "H"), context("WBB"))).isZero();
    }

    @Test
    void sharedVenueAppliesTheLargerHoldGymnasticsAcrossDays() {
        // Utah's men play in the Huntsman Center on Saturday 24 January at 16:00; a meet holds it 1,350 minutes, so
        // a Friday 19:00 meet (21 hours earlier) clashes, the Friday before does not
        SharedVenues.Season mbb = new SharedVenues.Season("MBB", List.of(game("2026-01-24", "16:00", "UTAH", "BYU", "MBB")));
        SeasonContext c = context("GYM", mbb);
        SeasonRule rule = Big12SeasonRulesTest.rule("GYM", "shared-venue");
        assertThat(rule.measure(season(c, "UTAH", "2026-01-23", "BYU", "H"), c)).isEqualTo(1);
        assertThat(rule.measure(season(c, "UTAH", "2026-01-30", "BYU", "H"), c)).isZero();
    }

    @Test
    void sameDayHomeCountsWomensHomeGamesOnMensHomeDays() {
        SharedVenues.Season mbb = new SharedVenues.Season("MBB", List.of(game("2026-01-03", "16:00", "KU", "KSU", "MBB")));
        SeasonContext c = context("WBB", mbb);
        SeasonRule rule = Big12SeasonRulesTest.rule("WBB", "same-day-home");
        assertThat(Generated.format("WBB").rule("same-day-home").orElseThrow().weight()).isEqualTo(0.6);
        assertThat(rule.measure(season(c, "KU", "2026-01-03", "ISU", "H"), c)).isEqualTo(1);
        assertThat(rule.measure(season(c, "KU", "2026-01-04", "ISU", "H"), c)).isZero();
        assertThat(rule.measure(season(c, "KU", "2026-01-03", "ISU", "A"), c)).isZero();
    }

    @Test
    void aWomensSeasonGeneratedNextToTheMensNeverDoubleBooksAnArena() {
        List<SeasonGenerator.Game> mbb = Generated.season("MBB").games();
        // twice the tests' usual budget: women's basketball is first feasible after about 82,000 iterations, so the
        // usual 100,000 leave too little improvement for same-day-home to tell the two seasons apart
        SeasonGenerator.Settings settings = new SeasonGenerator.Settings(Generated.NO_TIME_LIMIT,
                2 * Generated.ITERATIONS, 1, 1);
        SeasonGenerator.Result wbb = SeasonGenerator.generateWith("WBB", Generated.SEASON, settings,
                List.of(new SharedVenues.Season("MBB", mbb)));
        SeasonValidator.Validation v = SeasonValidator.validate(wbb.context(), wbb.games());
        assertThat(v.hardViolations()).isZero();
        assertThat(v.format()).containsEntry("shared-venue", 0);
        // checked from the games themselves: no two games at one venue closer than the larger hold
        int hold = Math.max(CATALOG.sport("MBB").orElseThrow().venueHoldMinutes(),
                CATALOG.sport("WBB").orElseThrow().venueHoldMinutes());
        for (SeasonGenerator.Game w : wbb.games()) {
            for (SeasonGenerator.Game m : mbb) {
                if (w.venue().equals(m.venue())) {
                    long apart = Math.abs(Duration.between(w.date().atTime(w.time()), m.date().atTime(m.time()))
                            .toMinutes());
                    assertThat(apart).as("%s and %s", w, m).isGreaterThanOrEqualTo(hold);
                }
            }
        }
        // and fewer men's and women's home games on one day than the season generated without the men's
        List<SeasonGenerator.Game> alone = SeasonGenerator.generate("WBB", Generated.SEASON, settings).games();
        assertThat(sameDay(wbb.games(), mbb)).isLessThan(sameDay(alone, mbb));
    }

    private static long sameDay(List<SeasonGenerator.Game> women, List<SeasonGenerator.Game> men) {
        return women.stream().filter(w -> men.stream().anyMatch(m -> m.home().equals(w.home())
                && m.date().equals(w.date()))).count();
    }

    @Test
    void withReadsTheSportFromTheFileNameTheContentsOrSportEqualsFile(@TempDir Path dir) throws Exception {
        List<SeasonGenerator.Game> mbb = Generated.season("MBB").games();
        Path named = dir.resolve("mbb.csv");
        Path anonymous = dir.resolve("season.csv");
        Files.writeString(named, GenerateCommand.csv(mbb));
        Files.writeString(anonymous, GenerateCommand.csv(mbb));
        SeasonFormats formats = SeasonFormats.of(Generated.SEASON);
        assertThat(SharedVenues.read(List.of(named.toString()), formats, CATALOG)).singleElement()
                .satisfies(s -> assertThat(s.sport()).isEqualTo("MBB"))
                .satisfies(s -> assertThat(s.games()).isEqualTo(mbb));
        // Tuesday games and March dates: only men's basketball fits
        assertThat(SharedVenues.read(List.of(anonymous.toString()), formats, CATALOG).get(0).sport()).isEqualTo("MBB");
        assertThat(SharedVenues.read(List.of("mbb=" + anonymous), formats, CATALOG).get(0).sport()).isEqualTo("MBB");
        assertThatThrownBy(() -> SharedVenues.read(List.of("CURLING=" + anonymous), formats, CATALOG))
                .hasMessageContaining("unknown sport");
    }
}
