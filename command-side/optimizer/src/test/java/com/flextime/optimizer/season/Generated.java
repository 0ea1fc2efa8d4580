package com.flextime.optimizer.season;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.schedule.SeasonSchedule;
import com.flextime.domain.schedule.SeasonSetup;
import com.flextime.events.GameScheduled;
import com.flextime.events.SeasonScheduleCreated;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seasons generated once per test run: seed 1, one chain, bounded by iterations (never by time), so every run
 * generates exactly the same games.
 */
final class Generated {

    static final String SEASON = "2025-26";
    static final long ITERATIONS = 100_000;
    static final Duration NO_TIME_LIMIT = Duration.ofHours(1);
    private static final Map<String, SeasonGenerator.Result> CACHE = new ConcurrentHashMap<>();

    private Generated() {
    }

    static SeasonGenerator.Result season(String sport) {
        return CACHE.computeIfAbsent(sport, s -> SeasonGenerator.generate(s, SEASON,
                new SeasonGenerator.Settings(NO_TIME_LIMIT, ITERATIONS, 1, 1)));
    }

    static SeasonFormat format(String sport) {
        return SeasonFormats.of(SEASON).format(sport).orElseThrow();
    }

    /**
     * The schedule the command side would hold after these games: opened by {@link SeasonSetup} from the format's
     * own data (not the generator's event) and one {@link GameScheduled} per game.
     */
    static SeasonSchedule fold(SeasonFormat format, List<SeasonGenerator.Game> games) {
        ConferenceCatalog catalog = ConferenceCatalog.big12();
        List<String> teams = List.copyOf(catalog.participants(format.sport()));
        Map<String, Set<LocalDate>> teamBlackouts = new TreeMap<>();
        for (String team : teams) {
            teamBlackouts.computeIfAbsent(team, t -> new TreeSet<>()).addAll(format.closedDates());
        }
        format.teamBlackouts().forEach((team, dates) -> teamBlackouts.get(team).addAll(dates));
        SeasonScheduleCreated created = new SeasonSetup(catalog).open("test-" + format.sport(), format.sport(), SEASON,
                null, teams, format.window(), format.gameDays(), teamBlackouts, null);
        SeasonSchedule schedule = SeasonSchedule.created(created);
        int id = 0;
        for (SeasonGenerator.Game game : games) {
            schedule.apply(new GameScheduled(created.scheduleId(), "g" + (++id), game.home(), game.away(), game.date(),
                    game.time(), game.venue()));
        }
        return schedule;
    }
}
