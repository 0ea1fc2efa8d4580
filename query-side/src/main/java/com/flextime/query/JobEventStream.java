package com.flextime.query;

import com.flextime.events.OptimizationCompleted;
import com.flextime.events.OptimizationEvent;
import com.flextime.events.OptimizationFailed;
import com.flextime.events.OptimizationProgressed;
import com.flextime.events.OptimizationStarted;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Pushes a job's progress to its Server-Sent Events subscribers as the events happen: {@code started},
 * {@code progress} (the job records at most about one a second), then {@code completed} or {@code failed},
 * after which the stream closes. Runs in a subscribing processor (no token, no replay: a stream is live only);
 * a subscriber's failure never reaches the job's own commands.
 */
@Component
@ProcessingGroup(JobEventStream.NAME)
public class JobEventStream {

    public static final String NAME = "job-stream";

    private final Map<String, List<SseEmitter>> subscribers = new ConcurrentHashMap<>();

    /** Registers before the caller sends the snapshot, so nothing between the two is missed. */
    public SseEmitter subscribe(String jobId, long timeoutMillis) {
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        subscribers.computeIfAbsent(jobId, id -> new CopyOnWriteArrayList<>()).add(emitter);
        Runnable remove = () -> unsubscribe(jobId, emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(error -> remove.run());
        return emitter;
    }

    /** Sends one event to one subscriber; false when the subscriber has gone. */
    public boolean send(SseEmitter emitter, String name, Object data) {
        try {
            emitter.send(SseEmitter.event().name(name).data(data));
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    @EventHandler
    void on(OptimizationStarted event) {
        push(event, "started", false);
    }

    @EventHandler
    void on(OptimizationProgressed event) {
        push(event, "progress", false);
    }

    @EventHandler
    void on(OptimizationCompleted event) {
        push(event, "completed", true);
    }

    @EventHandler
    void on(OptimizationFailed event) {
        push(event, "failed", true);
    }

    private void push(OptimizationEvent event, String name, boolean last) {
        List<SseEmitter> emitters = subscribers.get(event.jobId());
        if (emitters == null) {
            return;
        }
        for (SseEmitter emitter : emitters) {
            if (!send(emitter, name, event)) {
                unsubscribe(event.jobId(), emitter);
            } else if (last) {
                emitter.complete();
            }
        }
        if (last) {
            subscribers.remove(event.jobId());
        }
    }

    private void unsubscribe(String jobId, SseEmitter emitter) {
        subscribers.computeIfPresent(jobId, (id, list) -> {
            list.remove(emitter);
            return list.isEmpty() ? null : list;
        });
    }
}
