package com.flextime.query;

import com.flextime.query.JobReadModel.JobView;
import com.flextime.query.JobReadModel.ProposalSummary;
import com.flextime.query.JobReadModel.ProposalView;
import java.time.Duration;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Optimization jobs and proposals as the read model has them, and a job's live progress stream. */
@RestController
@RequestMapping("/v2")
public class JobQueryController {

    private final JobReadModel jobs;
    private final JobEventStream stream;

    public JobQueryController(JobReadModel jobs, JobEventStream stream) {
        this.jobs = jobs;
        this.stream = stream;
    }

    /** State, best score so far, elapsed time; the proposal's id once there is one; webhook attempts. */
    @GetMapping("/jobs/{id}")
    public JobView job(@PathVariable String id) {
        return jobs.job(id).orElseThrow(() -> new JobNotFoundInReadModel("no job " + id));
    }

    @GetMapping("/schedules/{id}/jobs")
    public List<JobView> jobsOf(@PathVariable String id) {
        return jobs.jobsOf(id);
    }

    /**
     * Server-Sent Events: first a {@code state} event with the job as it stands, then {@code started},
     * {@code progress}, and {@code completed} or {@code failed}, after which the stream ends. A job that has
     * already ended sends its state and ends.
     */
    @GetMapping(path = "/jobs/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter events(@PathVariable String id) {
        JobView before = job(id);
        SseEmitter emitter = stream.subscribe(id,
                Duration.ofSeconds(before.timeLimitSeconds()).plusMinutes(5).toMillis());
        JobView now = jobs.job(id).orElse(before);
        stream.send(emitter, "state", now);
        if (now.ended()) {
            emitter.complete();
        }
        return emitter;
    }

    @GetMapping("/schedules/{id}/proposals")
    public List<ProposalSummary> proposals(@PathVariable String id) {
        return jobs.proposalsOf(id);
    }

    /** The proposed season: score with each rule's share, the difference from the schedule, every game. */
    @GetMapping("/schedules/{id}/proposals/{proposalId}")
    public ProposalView proposal(@PathVariable String id, @PathVariable String proposalId) {
        return jobs.proposal(id, proposalId).orElseThrow(
                () -> new JobNotFoundInReadModel("schedule " + id + " has no proposal " + proposalId));
    }
}
