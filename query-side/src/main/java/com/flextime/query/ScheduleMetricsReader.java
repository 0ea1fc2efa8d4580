package com.flextime.query;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.metrics.MetricsCalculator;
import com.flextime.domain.metrics.ScheduleMetrics;
import com.flextime.domain.schedule.Game;
import com.flextime.domain.schedule.SeasonSetup;
import com.flextime.events.SeasonScheduleCreated;
import com.flextime.events.SeasonWindow;
import com.flextime.query.ScheduleViews.ScheduleView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * A schedule's metrics from the read model: its games as the projection holds them (cancelled games are gone) and
 * its season re-opened from the view, so the figures are those of the version in the answer.
 */
@Component
public class ScheduleMetricsReader {

    private final ScheduleReadModel readModel;
    private final MetricsCalculator calculator;
    private final SeasonSetup setup;

    public ScheduleMetricsReader(ScheduleReadModel readModel, MetricsCalculator calculator,
                                 ConferenceCatalog conference) {
        this.readModel = readModel;
        this.calculator = calculator;
        this.setup = new SeasonSetup(conference);
    }

    public Optional<ScheduleMetrics> metrics(String scheduleId) {
        return readModel.schedule(scheduleId).map(this::metrics);
    }

    public ScheduleMetrics metrics(ScheduleView view) {
        List<Game> games = view.games().stream().map(g -> new Game(g.id(), g.home(), g.away(), g.date(), g.time(),
                g.venue(), g.locked())).toList();
        return calculator.measure(season(view), view.version(), games);
    }

    /**
     * The season as its creation event would have it; home venues and no-play days come from today's reference
     * data (the read model does not keep them), which only the optimizer's soft score reads.
     */
    private SeasonScheduleCreated season(ScheduleView view) {
        return setup.open(view.id(), view.sport(), view.season(), view.name(), view.teams(),
                new SeasonWindow(view.window().start(), view.window().end()), ScheduleViews.weekdays(view.gameDays()),
                sets(view.teamBlackouts()), sets(view.venueBlackouts()));
    }

    private static Map<String, Set<LocalDate>> sets(Map<String, List<LocalDate>> blackouts) {
        Map<String, Set<LocalDate>> result = new TreeMap<>();
        blackouts.forEach((key, dates) -> result.put(key, new TreeSet<>(dates)));
        return result;
    }
}
