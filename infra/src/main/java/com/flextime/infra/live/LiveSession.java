package com.flextime.infra.live;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;

/**
 * One live connection: the schedules it follows and the messages waiting for it. Every send goes through the
 * queue and is written by one task at a time on the shared executor, so the relay only enqueues (it never waits
 * for a client) and messages leave in order. A client that lets {@code maxQueued} messages pile up is closed
 * ({@code 1013}, try again later): it reconnects, and what it missed is in the streams.
 */
final class LiveSession {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSession.class);

    static final CloseStatus TOO_SLOW = CloseStatus.SERVICE_OVERLOAD.withReason("too slow: reconnect");
    static final CloseStatus EXPIRED = CloseStatus.POLICY_VIOLATION.withReason("token expired");

    private final WebSocketSession session;
    private final Instant expiresAt;
    private final Executor sender;
    private final int maxQueued;
    private final Clock clock;
    private final Set<String> schedules = new HashSet<>();
    private final Queue<TextMessage> queued = new ArrayDeque<>();
    private boolean sending;
    private boolean closed;

    LiveSession(WebSocketSession session, Instant expiresAt, Executor sender, int maxQueued, Clock clock) {
        this.session = session;
        this.expiresAt = expiresAt;
        this.sender = sender;
        this.maxQueued = maxQueued;
        this.clock = clock;
    }

    /**
     * Changes what the session follows and queues the answer, both under the session's lock: once the answer is
     * queued, no event of a schedule left can be queued behind it. Returns the schedules now followed, or null
     * (nothing changed) when that would be more than {@code max}.
     */
    Set<String> change(List<String> subscribe, List<String> unsubscribe, int max,
                       Function<Set<String>, String> answer, String refusal) {
        synchronized (this) {
            Set<String> after = new TreeSet<>(schedules);
            after.removeAll(unsubscribe);
            after.addAll(subscribe);
            if (after.size() > max) {
                send(refusal);
                return null;
            }
            schedules.clear();
            schedules.addAll(after);
            send(answer.apply(after));
            return after;
        }
    }

    /** Queues the event if the session follows its schedule; never blocks. */
    void push(String scheduleId, Supplier<String> text) {
        synchronized (this) {
            if (!schedules.contains(scheduleId)) {
                return;
            }
            send(text.get());
        }
    }

    /** Queues a message; never blocks. */
    void send(String text) {
        if (expiresAt != null && clock.instant().isAfter(expiresAt)) {
            sender.execute(() -> close(EXPIRED));
            return;
        }
        boolean start = false;
        boolean overflow = false;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (queued.size() >= maxQueued) {
                overflow = true;
                closed = true;
                queued.clear();
            } else {
                queued.add(new TextMessage(text));
                start = !sending;
                sending = true;
            }
        }
        if (overflow) {
            LOG.info("Live: closing {}: {} messages waiting for it", session.getId(), maxQueued);
            sender.execute(() -> close(TOO_SLOW));
        } else if (start) {
            sender.execute(this::drain);
        }
    }

    private void drain() {
        while (true) {
            TextMessage next;
            synchronized (this) {
                next = queued.poll();
                if (next == null || closed) {
                    sending = false;
                    return;
                }
            }
            try {
                session.sendMessage(next);
            } catch (IOException | RuntimeException e) {
                LOG.debug("Live: could not send to {}: {}", session.getId(), e.toString());
                close(CloseStatus.SERVER_ERROR);
            }
        }
    }

    void close(CloseStatus status) {
        synchronized (this) {
            closed = true;
            queued.clear();
        }
        try {
            session.close(status);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Live: could not close {}: {}", session.getId(), e.toString());
        }
    }

    synchronized void closed() {
        closed = true;
        queued.clear();
    }
}
