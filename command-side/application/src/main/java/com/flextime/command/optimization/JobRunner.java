package com.flextime.command.optimization;

import com.flextime.domain.conflicts.ConflictPolicies;
import com.flextime.domain.schedule.ProposedChanges;
import com.flextime.domain.schedule.ScheduleStatus;
import com.flextime.domain.schedule.SeasonSchedule;
import com.flextime.events.OptimizationRequested;
import com.flextime.events.ScheduleProposed;
import com.flextime.events.SeasonScheduleCreated;
import com.flextime.optimizer.season.SeasonGenerator;
import com.flextime.optimizer.season.SeasonProgress;
import com.flextime.optimizer.season.SeasonValidator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One job's work: reads the schedule as it stands; generates its season when it has no games, improves the games it
 * has otherwise (locked games stay, published ones cost to move); and turns the result into a proposal — every
 * game, the score with each rule's share, and the difference from the schedule.
 */
@Component
public class JobRunner {

    /** Hears the search's best season as it improves, at most about once per {@link #PROGRESS_EVERY_MILLIS}. */
    @FunctionalInterface
    public interface Progress {
        void improved(int hardViolations, double softScore, long elapsedMillis);
    }

    /** What a finished search proposes. */
    public record Outcome(String proposalId, long basedOnVersion, List<ScheduleProposed.Game> games,
                          ScheduleProposed.Score score, ScheduleProposed.Diff diff, long iterations,
                          long elapsedMillis) {
    }

    /** A hard rule as the score names it. */
    private record Rule(String id, String name) {
    }

    static final long PROGRESS_EVERY_MILLIS = 1_000;
    /**
     * What moving one published game costs in the soft score: as much as about 1,400 more travel miles (travel
     * weighs 0.7 per 100 miles), so a published game moves only for a clear gain.
     */
    static final double PUBLISHED_MOVE_COST = 10.0;
    private static final ConflictPolicies CONFLICTS = ConflictPolicies.big12();

    private final ScheduleHistory schedules;
    private final int threads;

    public JobRunner(ScheduleHistory schedules, @Value("${flextime.optimizer.threads:2}") int threads) {
        this.schedules = schedules;
        this.threads = threads;
    }

    public Outcome run(OptimizationRequested request, AtomicBoolean stop, Consumer<String> started,
                       Progress progress) {
        SeasonSchedule schedule = schedules.current(request.scheduleId()).orElseThrow(
                () -> new IllegalStateException("schedule " + request.scheduleId() + " does not exist"));
        SeasonGenerator.Settings settings = new SeasonGenerator.Settings(
                Duration.ofSeconds(request.timeLimitSeconds()), Long.MAX_VALUE, request.seed(), threads);
        long begin = System.nanoTime();
        // the first improvement is reported at once: the last report is "one interval ago"
        long[] lastReport = {begin - PROGRESS_EVERY_MILLIS * 1_000_000};
        SeasonProgress throttled = (hard, soft) -> {
            long now = System.nanoTime();
            if (now - lastReport[0] >= PROGRESS_EVERY_MILLIS * 1_000_000) {
                lastReport[0] = now;
                progress.improved(hard, soft, (now - begin) / 1_000_000);
            }
        };
        SeasonGenerator.Result result;
        List<String> ids;
        int publishedMoved = -1;
        if (schedule.games().isEmpty()) {
            started.accept("GENERATE");
            result = SeasonGenerator.generateFor(asOpenedNow(schedule), settings, stop, throttled);
            ids = result.games().stream().map(game -> UUID.randomUUID().toString()).toList();
        } else {
            started.accept("IMPROVE");
            boolean published = schedule.status() == ScheduleStatus.PUBLISHED && request.keepPublished();
            List<SeasonGenerator.ExistingGame> games = schedule.games().stream()
                    .map(g -> new SeasonGenerator.ExistingGame(g.id(), g.home(), g.away(), g.date(), g.time(),
                            g.venue(), g.locked(), published))
                    .toList();
            SeasonGenerator.Improvement improvement = SeasonGenerator.improve(asOpenedNow(schedule), games,
                    settings, stop, throttled, published ? PUBLISHED_MOVE_COST : 0);
            result = improvement.result();
            ids = improvement.gameIds();
            publishedMoved = published ? improvement.publishedGamesMoved() : -1;
        }
        SeasonValidator.Validation validation = SeasonValidator.validate(result.context(), result.games());
        List<ScheduleProposed.Game> games = new ArrayList<>();
        for (int i = 0; i < result.games().size(); i++) {
            SeasonGenerator.Game game = result.games().get(i);
            games.add(new ScheduleProposed.Game(ids.get(i), game.home(), game.away(), game.date(), game.time(),
                    game.venue()));
        }
        ProposedChanges changes = ProposedChanges.between(schedule, games);
        Map<Rule, Long> conflicts = hardConflicts(schedule.preview(changes.events()), changes.changedGames());
        return new Outcome(UUID.randomUUID().toString(), schedule.version(), games,
                score(validation, conflicts, publishedMoved),
                changes.diff(), result.iterations(), (System.nanoTime() - begin) / 1_000_000);
    }

    /**
     * The hard conflicts the schedule itself would refuse at adoption (trips that cannot be made, BYU's Sabbath
     * travel), counted per rule, so the proposal's score says so before anyone tries to adopt it.
     */
    private static Map<Rule, Long> hardConflicts(SeasonSchedule proposed, List<String> changed) {
        Map<Rule, Long> counts = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>(); // a conflict once, though both its games changed
        for (String gameId : changed) {
            proposed.game(gameId).ifPresent(game -> CONFLICTS.hardViolations(game, proposed).stream()
                    .filter(v -> seen.add(v.ruleId() + ": " + v.message()))
                    .forEach(v -> counts.merge(new Rule(v.ruleId(), v.rule()), 1L, Long::sum)));
        }
        return counts;
    }

    /** The schedule's creation event with its calendar as it is now (it may have changed since creation). */
    private static SeasonScheduleCreated asOpenedNow(SeasonSchedule schedule) {
        return new SeasonScheduleCreated(schedule.id(), schedule.sport(), schedule.season(), schedule.name(),
                schedule.teams(), schedule.calendar(), schedule.rules());
    }

    private static ScheduleProposed.Score score(SeasonValidator.Validation v, Map<Rule, Long> conflicts,
                                                int publishedMoved) {
        List<ScheduleProposed.RuleScore> rules = new ArrayList<>();
        conflicts.forEach((rule, count) -> rules.add(new ScheduleProposed.RuleScore(rule.id(), rule.name(), true,
                count)));
        int conflictCount = conflicts.values().stream().mapToInt(Long::intValue).sum();
        v.commandSide().forEach(violation -> rules.add(new ScheduleProposed.RuleScore(violation.ruleId(),
                violation.message(), true, 1)));
        for (Map.Entry<String, Integer> e : v.format().entrySet()) {
            rules.add(new ScheduleProposed.RuleScore(e.getKey(), v.formatNames().get(e.getKey()), true, e.getValue()));
        }
        for (Map.Entry<String, Double> e : v.soft().entrySet()) {
            rules.add(new ScheduleProposed.RuleScore(e.getKey(), v.softNames().get(e.getKey()), false, e.getValue()));
        }
        double soft = v.softScore();
        if (publishedMoved >= 0) {
            // minimal disruption: what the search paid for moving published games, as its own rule
            rules.add(new ScheduleProposed.RuleScore("keep-published", "Published games moved to another day or "
                    + "host, weight " + PUBLISHED_MOVE_COST, false, PUBLISHED_MOVE_COST * publishedMoved));
            soft += PUBLISHED_MOVE_COST * publishedMoved;
        }
        return new ScheduleProposed.Score(v.hardViolations() + conflictCount, soft, v.travelMiles(), rules);
    }
}
