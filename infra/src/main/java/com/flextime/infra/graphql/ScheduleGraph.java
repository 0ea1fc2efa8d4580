package com.flextime.infra.graphql;

import com.flextime.domain.conference.ConferenceCatalog;
import com.flextime.domain.conference.Venue;
import com.flextime.domain.metrics.ScheduleMetrics;
import com.flextime.domain.metrics.SeasonScoring;
import com.flextime.domain.rules.HardRules;
import com.flextime.query.JobReadModel;
import com.flextime.query.JobReadModel.ProposalSummary;
import com.flextime.query.ReferenceDataController;
import com.flextime.query.ReferenceDataController.SchoolView;
import com.flextime.query.ScheduleMetricsReader;
import com.flextime.query.ScheduleReadModel;
import com.flextime.query.ScheduleViews.GameView;
import com.flextime.query.ScheduleViews.ScheduleView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The GraphQL reads: the same read model, reference data and metrics as the REST reads, assembled per field, so a
 * query pays only for what it asks (a schedule's metrics are computed only when {@code metrics} is selected).
 */
@Controller
public class ScheduleGraph {

    /** A filter as {@code GET /v2/schedules} takes it, plus a team. */
    public record ScheduleFilter(String sport, String season, String status, String team) {
    }

    /** The score of a schedule's latest proposal. */
    public record OptimizationScore(String proposalId, String jobId, String state, int hardViolations,
                                    double softScore, double travelMiles, int gamesMoved, long basedOnVersion,
                                    Instant createdAt) {
    }

    /** A rule a schedule is held to: a command-side hard rule, or one of the sport's season rules. */
    public record Constraint(String id, String name, String kind, boolean hard, Double weight) {
    }

    private final ScheduleReadModel schedules;
    private final JobReadModel jobs;
    private final ScheduleMetricsReader metrics;
    private final ReferenceDataController referenceData;
    private final ConferenceCatalog conference;
    private final SeasonScoring scoring;
    private volatile Map<String, SchoolView> schools;

    public ScheduleGraph(ScheduleReadModel schedules, JobReadModel jobs, ScheduleMetricsReader metrics,
                         ReferenceDataController referenceData, ConferenceCatalog conference,
                         SeasonScoring scoring) {
        this.schedules = schedules;
        this.jobs = jobs;
        this.metrics = metrics;
        this.referenceData = referenceData;
        this.conference = conference;
        this.scoring = scoring;
    }

    @QueryMapping
    public List<ScheduleView> schedules(@Argument ScheduleFilter filter) {
        ScheduleFilter f = filter == null ? new ScheduleFilter(null, null, null, null) : filter;
        return schedules.schedules(f.sport(), f.season(), f.status()).stream()
                .filter(s -> f.team() == null || s.teams().contains(f.team()))
                .map(s -> schedules.schedule(s.id())).flatMap(Optional::stream).toList();
    }

    @QueryMapping
    public ScheduleView schedule(@Argument String id) {
        return schedules.schedule(id).orElse(null);
    }

    @QueryMapping
    public List<SchoolView> teams(@Argument String sport) {
        return referenceData.schools().stream().filter(s -> sport == null || s.sports().contains(sport)).toList();
    }

    @QueryMapping
    public List<Venue> venues(@Argument String sport) {
        return conference.venues().stream().filter(v -> sport == null || v.hosts(sport)).toList();
    }

    @SchemaMapping(typeName = "Schedule")
    public List<GameView> games(ScheduleView schedule, @Argument String team, @Argument("from") String fromDate,
                                @Argument("to") String toDate) {
        LocalDate from = GraphInputs.date("from", fromDate);
        LocalDate to = GraphInputs.date("to", toDate);
        return schedule.games().stream()
                .filter(g -> team == null || g.home().equals(team) || g.away().equals(team))
                .filter(g -> from == null || !g.date().isBefore(from))
                .filter(g -> to == null || !g.date().isAfter(to))
                .toList();
    }

    @SchemaMapping(typeName = "Schedule")
    public List<SchoolView> teams(ScheduleView schedule) {
        return schedule.teams().stream().map(this::team).toList();
    }

    /** The latest proposal's score: proposals are made when a job ends with a season (completed or cancelled). */
    @SchemaMapping(typeName = "Schedule")
    public OptimizationScore optimizationScore(ScheduleView schedule) {
        return jobs.proposalsOf(schedule.id()).stream().max(Comparator.comparing(ProposalSummary::createdAt))
                .map(p -> new OptimizationScore(p.id(), p.jobId(), p.state(), p.hardViolations(), p.softScore(),
                        p.travelMiles(), p.gamesMoved(), p.basedOnVersion(), p.createdAt()))
                .orElse(null);
    }

    @SchemaMapping(typeName = "Schedule")
    public List<Constraint> constraints(ScheduleView schedule) {
        List<Constraint> constraints = new ArrayList<>();
        HardRules.standard().catalogue().forEach(rule -> constraints.add(new Constraint(rule.id(), rule.name(),
                "COMMAND", true, null)));
        scoring.rules(schedule.sport(), schedule.season()).forEach(rule -> constraints.add(new Constraint(rule.id(),
                rule.name(), "SEASON", rule.hard(), rule.hard() ? null : rule.weight())));
        return constraints;
    }

    @SchemaMapping(typeName = "Schedule")
    public ScheduleMetrics metrics(ScheduleView schedule) {
        return metrics.metrics(schedule);
    }

    @SchemaMapping(typeName = "Game")
    public SchoolView home(GameView game) {
        return team(game.home());
    }

    @SchemaMapping(typeName = "Game")
    public SchoolView away(GameView game) {
        return team(game.away());
    }

    @SchemaMapping(typeName = "Game")
    public Venue venue(GameView game) {
        return conference.venue(game.venue()).orElseThrow();
    }

    @SchemaMapping(typeName = "Venue")
    public SchoolView school(Venue venue) {
        return team(venue.schoolCode());
    }

    private SchoolView team(String code) {
        if (schools == null) { // reference data never changes while the service runs
            Map<String, SchoolView> byCode = new HashMap<>();
            referenceData.schools().forEach(s -> byCode.put(s.code(), s));
            schools = byCode;
        }
        return schools.get(code);
    }
}
