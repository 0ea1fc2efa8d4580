package com.flextime.infra.jobs;

import com.flextime.command.optimization.OptimizationCommands.FailOptimization;
import com.flextime.command.optimization.OptimizationWorker;
import com.flextime.projection.JobProjection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A job's search lives in one process's memory: if the service stops while a job is queued or running, the job
 * would stay "running" for ever. At start-up, once the jobs read model has caught up with the event store, every
 * job requested before this start that is still open and not running here is failed with the reason, so the
 * scheduler sees it and can ask again. Never stuck, never silently lost.
 */
@Component
public class JobRecovery {

    private static final Logger LOG = LoggerFactory.getLogger(JobRecovery.class);
    private static final Duration CATCH_UP_LIMIT = Duration.ofMinutes(5);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final OptimizationWorker worker;
    private final Instant startedAt = Instant.now();

    public JobRecovery(EventProcessingConfiguration processing, JdbcTemplate jdbc, CommandGateway commands,
                       OptimizationWorker worker) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.commands = commands;
        this.worker = worker;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void recoverInBackground() {
        Thread thread = new Thread(this::recover, "job-recovery");
        thread.setDaemon(true);
        thread.start();
    }

    /** Returns how many jobs it failed. */
    public int recover() {
        try {
            awaitCaughtUp();
            List<String> open = jdbc.queryForList("""
                    SELECT id FROM read_model.optimization_job
                    WHERE state IN ('QUEUED', 'RUNNING') AND requested_at < ?""", String.class,
                    java.sql.Timestamp.from(startedAt));
            int failed = 0;
            for (String jobId : open) {
                if (!worker.active().contains(jobId)) {
                    commands.sendAndWait(new FailOptimization(jobId,
                            "the service stopped while the job was open; request it again"));
                    failed++;
                }
            }
            if (failed > 0) {
                LOG.info("failed {} optimization jobs left open by the previous run", failed);
            }
            return failed;
        } catch (RuntimeException e) {
            LOG.error("could not recover open optimization jobs", e);
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    private void awaitCaughtUp() throws InterruptedException {
        long deadline = System.nanoTime() + CATCH_UP_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            boolean caughtUp = processing.eventProcessor(JobProjection.NAME, StreamingEventProcessor.class)
                    .map(p -> !p.processingStatus().isEmpty()
                            && p.processingStatus().values().stream().allMatch(s -> s.isCaughtUp()))
                    .orElse(true);
            if (caughtUp) {
                return;
            }
            Thread.sleep(200); // polling a processor's status: nothing to wait on instead
        }
        throw new IllegalStateException("the jobs read model did not catch up within " + CATCH_UP_LIMIT);
    }
}
