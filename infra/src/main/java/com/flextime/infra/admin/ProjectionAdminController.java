package com.flextime.infra.admin;

import java.util.List;
import java.util.OptionalLong;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Projection admin: status of every read-model projection, and a rebuild that replays one from the first event
 * (its reset handler empties its tables; reads answer from the rebuilding tables until it has caught up).
 */
@RestController
@RequestMapping("/v2/admin/projections")
public class ProjectionAdminController {

    private final EventProcessingConfiguration processing;

    public ProjectionAdminController(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    /** Where a projection stands: caught up with the event store, replaying, and its position in the stream. */
    public record ProjectionStatus(String name, boolean running, boolean caughtUp, boolean replaying,
                                   Long position) {
    }

    @GetMapping
    public List<ProjectionStatus> projections() {
        return processing.eventProcessors().keySet().stream().sorted()
                .map(this::status).toList();
    }

    @GetMapping("/{name}")
    public ProjectionStatus projection(@PathVariable String name) {
        return status(name);
    }

    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ProjectionStatus rebuild(@PathVariable String name) {
        StreamingEventProcessor processor = processor(name);
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return status(name);
    }

    private ProjectionStatus status(String name) {
        StreamingEventProcessor processor = processor(name);
        var statuses = processor.processingStatus().values();
        boolean caughtUp = !statuses.isEmpty() && statuses.stream().allMatch(EventTrackerStatus::isCaughtUp);
        boolean replaying = statuses.stream().anyMatch(EventTrackerStatus::isReplaying);
        Long position = statuses.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).map(OptionalLong::getAsLong).max(Long::compare).orElse(null);
        return new ProjectionStatus(name, processor.isRunning(), caughtUp, replaying, position);
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new ProjectionNotFound(name));
    }
}
