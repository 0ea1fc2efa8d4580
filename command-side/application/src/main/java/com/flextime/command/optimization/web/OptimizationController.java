package com.flextime.command.optimization.web;

import com.flextime.command.optimization.JobNotFound;
import com.flextime.command.optimization.OptimizationCommands;
import com.flextime.command.optimization.OptimizationCommands.AdoptProposal;
import com.flextime.command.optimization.OptimizationCommands.CancelOptimization;
import com.flextime.command.optimization.OptimizationCommands.RejectProposal;
import com.flextime.command.optimization.OptimizationCommands.RequestOptimization;
import com.flextime.command.optimization.ScheduleHistory;
import com.flextime.command.web.ETags;
import com.flextime.command.web.ScheduleCommandSender;
import com.flextime.command.web.ScheduleRequests.Reason;
import com.flextime.domain.schedule.InvalidScheduleRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Optimization as the scheduler asks for it: a request answers 202 at once with the job (the work runs in the
 * background, see {@code OptimizationSaga}); a job can be cancelled; its proposal adopted or rejected. The job
 * and its proposal are read at {@code GET /v2/jobs/{id}} and {@code GET /v2/schedules/{id}/proposals/{id}}.
 */
@RestController
public class OptimizationController {

    private static final String CORRELATION = "X-Correlation-Id";

    private final ScheduleCommandSender commands;
    private final ScheduleHistory schedules;

    public OptimizationController(ScheduleCommandSender commands, ScheduleHistory schedules) {
        this.commands = commands;
        this.schedules = schedules;
    }

    /**
     * {@code timeLimitSeconds} 1..600 (default 30); {@code seed} (default 1) makes a run repeatable for a given
     * machine; {@code keepPublished} (default true) keeps published games where they are when a season is
     * improved; {@code callbackUrl} (http or https) hears how the job ended.
     */
    public record OptimizeRequest(@NotBlank String scheduleId,
                                  @Min(1) @Max(OptimizationCommands.MAX_TIME_LIMIT_SECONDS) Integer timeLimitSeconds,
                                  Long seed, Boolean keepPublished, String callbackUrl) {
    }

    /** A job as first answered: its id, state and where to follow it. */
    public record JobAccepted(String jobId, String scheduleId, String state, String job, String events) {
    }

    /** A proposal adopted or rejected, and the schedule's version after it. */
    public record ProposalDecision(String proposalId, String scheduleId, String state, Long version) {
    }

    @PostMapping("/v2/ai/optimize")
    public ResponseEntity<JobAccepted> optimize(@Valid @RequestBody OptimizeRequest body,
                                                @RequestHeader(name = CORRELATION, required = false)
                                                String correlation) {
        if (!schedules.exists(body.scheduleId())) {
            throw new JobNotFound("no schedule " + body.scheduleId());
        }
        String callback = callbackUrl(body.callbackUrl());
        String jobId = UUID.randomUUID().toString();
        long version = schedules.current(body.scheduleId()).orElseThrow().version();
        commands.send(new RequestOptimization(jobId, body.scheduleId(), version,
                body.timeLimitSeconds() == null ? 30 : body.timeLimitSeconds(),
                body.seed() == null ? 1 : body.seed(), body.keepPublished() == null || body.keepPublished(),
                callback), correlation, null);
        String job = "/v2/jobs/" + jobId;
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create(job))
                .body(new JobAccepted(jobId, body.scheduleId(), "QUEUED", job, job + "/events"));
    }

    @PostMapping("/v2/jobs/{jobId}/cancel")
    public ResponseEntity<JobAccepted> cancel(@PathVariable String jobId,
                                              @RequestHeader(name = CORRELATION, required = false)
                                              String correlation) {
        try {
            commands.send(new CancelOptimization(jobId), correlation, null);
        } catch (AggregateNotFoundException e) {
            throw new JobNotFound("no job " + jobId);
        }
        String job = "/v2/jobs/" + jobId;
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new JobAccepted(jobId, null, "CANCELLING", job, job + "/events"));
    }

    /** Applies the proposal's games as ordinary game events; 409 when the schedule changed since it was made. */
    @PostMapping("/v2/schedules/{id}/proposals/{proposalId}/adopt")
    public ResponseEntity<ProposalDecision> adopt(@PathVariable("id") String scheduleId,
                                                  @PathVariable String proposalId,
                                                  @RequestBody(required = false) Reason body,
                                                  @RequestHeader(name = CORRELATION, required = false)
                                                  String correlation) {
        long version;
        try {
            version = commands.send(new AdoptProposal(proposalId, scheduleId), correlation, Reason.of(body));
        } catch (AggregateNotFoundException e) {
            throw new JobNotFound("schedule " + scheduleId + " has no proposal " + proposalId);
        }
        return ResponseEntity.ok().eTag(ETags.of(version))
                .body(new ProposalDecision(proposalId, scheduleId, "ADOPTED", version));
    }

    @PostMapping("/v2/schedules/{id}/proposals/{proposalId}/reject")
    public ProposalDecision reject(@PathVariable("id") String scheduleId, @PathVariable String proposalId,
                                   @RequestBody(required = false) Reason body,
                                   @RequestHeader(name = CORRELATION, required = false) String correlation) {
        try {
            commands.send(new RejectProposal(proposalId, scheduleId, Reason.of(body), false), correlation,
                    Reason.of(body));
        } catch (AggregateNotFoundException e) {
            throw new JobNotFound("schedule " + scheduleId + " has no proposal " + proposalId);
        }
        return new ProposalDecision(proposalId, scheduleId, "REJECTED", null);
    }

    private static String callbackUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.strip());
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri.toString();
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new InvalidScheduleRequest("callbackUrl", "must be an absolute http or https URL");
    }
}
