package com.flextime.projection.relay;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a batch to every target and keeps trying while they fail, with back-off, for up to {@code retryFor};
 * then gives up the batch to the processor, which rolls it back and tries again later from its token (Axon's own
 * back-off, up to a minute). A short Redis restart is thus bridged at once; a long outage costs at most a minute
 * after Redis is back.
 */
public class RelayDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(RelayDelivery.class);

    private final List<EventStreamPublisher> targets;
    private final List<LiveListener> listeners;
    private final Duration retryFor;
    private final Duration firstBackOff;
    private final Duration maxBackOff;

    public RelayDelivery(List<EventStreamPublisher> targets, List<LiveListener> listeners, Duration retryFor,
                         Duration firstBackOff, Duration maxBackOff) {
        this.targets = List.copyOf(targets);
        this.listeners = List.copyOf(listeners);
        this.retryFor = retryFor;
        this.firstBackOff = firstBackOff;
        this.maxBackOff = maxBackOff;
    }

    void deliver(List<OutgoingEvent> batch) {
        if (batch.isEmpty()) {
            return;
        }
        for (EventStreamPublisher target : targets) {
            deliver(target, batch);
        }
    }

    private void deliver(EventStreamPublisher target, List<OutgoingEvent> batch) {
        long deadline = System.nanoTime() + retryFor.toNanos();
        Duration backOff = firstBackOff;
        int attempt = 1;
        while (true) {
            try {
                target.publish(batch);
                if (attempt > 1) {
                    LOG.info("Relay: {} took the batch of {} events on attempt {}", target.name(), batch.size(),
                            attempt);
                }
                return;
            } catch (RuntimeException e) {
                if (System.nanoTime() + backOff.toNanos() > deadline) {
                    throw new IllegalStateException("relay: " + target.name() + " refused " + batch.size()
                            + " events for " + retryFor + "; the batch will be tried again from its token", e);
                }
                if (attempt == 1) {
                    LOG.warn("Relay: {} did not take {} events ({}); retrying", target.name(), batch.size(),
                            e.getMessage());
                }
                sleep(backOff);
                backOff = backOff.multipliedBy(2).compareTo(maxBackOff) > 0 ? maxBackOff : backOff.multipliedBy(2);
                attempt++;
            }
        }
    }

    void committed(List<OutgoingEvent> batch) {
        for (LiveListener listener : listeners) {
            try {
                listener.published(batch);
            } catch (RuntimeException e) {
                LOG.warn("Relay: live listener {} failed: {}", listener.getClass().getSimpleName(), e.toString());
            }
        }
    }

    private static void sleep(Duration backOff) {
        try {
            Thread.sleep(backOff.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("relay interrupted while waiting for its target", e);
        }
    }
}
