package com.flextime.infra.graphql;

import com.flextime.command.optimization.ScheduleHistory;
import com.flextime.command.optimization.web.OptimizationController;
import com.flextime.command.optimization.web.OptimizationController.JobAccepted;
import com.flextime.command.optimization.web.OptimizationController.OptimizeRequest;
import com.flextime.command.web.ScheduleCommandController;
import com.flextime.command.web.ScheduleRequests.CreateSchedule;
import com.flextime.query.ScheduleViews;
import com.flextime.query.ScheduleViews.ScheduleView;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The GraphQL commands: each one calls the REST endpoint's own controller method with the REST request record (read
 * and validated by {@link GraphInputs}), so the commands, their checks and their metadata are the REST ones. Method
 * security asks for SCHEDULER; a VIEWER gets a FORBIDDEN error and nothing is sent.
 */
@Controller
public class ScheduleMutations {

    /** An optimization job as first answered. */
    public record Job(String id, String scheduleId, String state, String href, String events) {
    }

    private final ScheduleCommandController commands;
    private final OptimizationController optimization;
    private final ScheduleHistory history;
    private final GraphInputs inputs;

    public ScheduleMutations(ScheduleCommandController commands, OptimizationController optimization,
                             ScheduleHistory history, GraphInputs inputs) {
        this.commands = commands;
        this.optimization = optimization;
        this.history = history;
        this.inputs = inputs;
    }

    /** The new schedule as the event store has it: the read model may not have caught up when this answers. */
    @MutationMapping
    @PreAuthorize("hasRole('SCHEDULER')")
    public ScheduleView createSchedule(@Argument Map<String, Object> input) {
        CreateSchedule body = inputs.read(GraphInputs.withBlackoutMaps(input), CreateSchedule.class);
        String id = commands.create(body, null).getBody().id();
        return ScheduleViews.of(history.current(id).orElseThrow());
    }

    @MutationMapping
    @PreAuthorize("hasRole('SCHEDULER')")
    public Job optimizeSchedule(@Argument String id, @Argument Map<String, Object> params) {
        Map<String, Object> body = new LinkedHashMap<>(params == null ? Map.of() : params);
        body.put("scheduleId", id);
        JobAccepted job = optimization.optimize(inputs.read(body, OptimizeRequest.class), null).getBody();
        return new Job(job.jobId(), job.scheduleId(), job.state(), job.job(), job.events());
    }
}
