package com.flextime.command.optimization;

import com.flextime.command.optimization.OptimizationCommands.CompleteOptimization;
import com.flextime.command.optimization.OptimizationCommands.FailOptimization;
import com.flextime.command.optimization.OptimizationCommands.ProposeSchedule;
import com.flextime.command.optimization.OptimizationCommands.RecordProgress;
import com.flextime.command.optimization.OptimizationCommands.StartOptimization;
import com.flextime.events.OptimizationRequested;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Runs optimization jobs on a bounded pool of its own, never on a request thread: {@code workers} jobs at a time
 * (each search uses {@code threads} cores), at most {@code queue} waiting. What a job finds comes back as
 * commands: started, progress (throttled), then a proposal and the job's completion, or its failure with the
 * reason. A job cancelled stops its search and still proposes the best season found.
 */
@Component
public class OptimizationWorker implements JobLauncher, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(OptimizationWorker.class);

    private final CommandGateway commands;
    private final JobRunner runner;
    private final ThreadPoolExecutor pool;
    private final Map<String, AtomicBoolean> stops = new ConcurrentHashMap<>();
    private volatile boolean shuttingDown;

    public OptimizationWorker(CommandGateway commands, JobRunner runner,
                              @Value("${flextime.optimizer.workers:1}") int workers,
                              @Value("${flextime.optimizer.queue:16}") int queue) {
        this.commands = commands;
        this.runner = runner;
        this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), runnable -> {
                    Thread thread = new Thread(runnable, "optimizer-job");
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Queues the job; a full queue fails it at once with the reason. */
    @Override
    public void start(OptimizationRequested request) {
        if (stops.putIfAbsent(request.jobId(), new AtomicBoolean()) != null) {
            return; // already queued or running here (a redelivered request)
        }
        try {
            pool.execute(() -> run(request));
        } catch (RejectedExecutionException e) {
            stops.remove(request.jobId());
            commands.sendAndWait(new FailOptimization(request.jobId(), "the optimizer is busy ("
                    + pool.getQueue().size() + " jobs waiting); request it again later"));
        }
    }

    /** Asks a queued or running job to stop; a job unknown here (already ended) is left alone. */
    @Override
    public void cancel(String jobId) {
        AtomicBoolean stop = stops.get(jobId);
        if (stop != null) {
            stop.set(true);
        }
    }

    /** The jobs queued or running in this process. */
    public Set<String> active() {
        return Set.copyOf(stops.keySet());
    }

    private void run(OptimizationRequested request) {
        String jobId = request.jobId();
        AtomicBoolean stop = stops.get(jobId);
        try {
            if (stop.get()) {
                commands.sendAndWait(new FailOptimization(jobId, "cancelled before it started"));
                return;
            }
            JobRunner.Outcome outcome = runner.run(request, stop,
                    mode -> commands.sendAndWait(new StartOptimization(jobId, mode)),
                    (hard, soft, millis) -> commands.sendAndWait(new RecordProgress(jobId, hard, soft, millis)));
            if (shuttingDown) {
                return; // cut off, not cancelled: JobRecovery fails it on the next start
            }
            commands.sendAndWait(new ProposeSchedule(outcome.proposalId(), jobId, request.scheduleId(),
                    outcome.basedOnVersion(), outcome.games(), outcome.score(), outcome.diff()));
            commands.sendAndWait(new CompleteOptimization(jobId, outcome.proposalId(), stop.get(),
                    outcome.score().hardViolations(), outcome.score().softScore(), outcome.iterations(),
                    outcome.elapsedMillis()));
        } catch (RuntimeException e) {
            LOG.warn("optimization job {} failed", jobId, e);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            try {
                commands.sendAndWait(new FailOptimization(jobId, reason));
            } catch (RuntimeException again) {
                LOG.error("could not record the failure of job {}", jobId, again);
            }
        } finally {
            stops.remove(jobId);
        }
    }

    @Override
    public void destroy() {
        // stop every search: a job cut off by shutdown is failed by JobRecovery on the next start
        shuttingDown = true;
        stops.values().forEach(stop -> stop.set(true));
        pool.shutdownNow();
    }
}
