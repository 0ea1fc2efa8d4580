package com.flextime.infra.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.flextime.projection.relay.LiveListener;
import com.flextime.projection.relay.OutgoingEvent;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.TextWebSocketHandler;

/**
 * {@code /v2/live}: integration events pushed to the clients that follow their schedule. A client sends
 * {@code {"subscribe":["<scheduleId>", ...]}} or {@code {"unsubscribe":[...]}} and gets back
 * {@code {"subscribed":[...]}} (all it now follows); then each CloudEvent whose subject it follows arrives as one
 * text message, exactly as the relay published it, once the relay's batch committed. Best effort: a client that
 * was away or too slow catches up from the history or the streams (docs/api.md, "Live updates").
 */
public class LiveUpdates extends TextWebSocketHandler implements LiveListener {

    private final ObjectMapper json;
    private final Executor sender;
    private final int maxQueued;
    private final int maxSchedules;
    private final Clock clock;
    private final Map<String, LiveSession> sessions = new ConcurrentHashMap<>();

    public LiveUpdates(ObjectMapper json, Executor sender, int maxQueued, int maxSchedules, Clock clock) {
        this.json = json;
        this.sender = sender;
        this.maxQueued = maxQueued;
        this.maxSchedules = maxSchedules;
        this.clock = clock;
    }

    /** Called on the relay's thread after each committed batch: only enqueues, per session. */
    @Override
    public void published(List<OutgoingEvent> batch) {
        if (sessions.isEmpty()) {
            return;
        }
        for (OutgoingEvent event : batch) {
            Supplier<String> text = new Supplier<>() {
                private String decoded;

                @Override
                public String get() {
                    if (decoded == null) {
                        decoded = new String(event.cloudEvent(), StandardCharsets.UTF_8);
                    }
                    return decoded;
                }
            };
            for (LiveSession session : sessions.values()) {
                session.push(event.subject(), text);
            }
        }
    }

    int connected() {
        return sessions.size();
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) {
        Instant expiresAt = session.getPrincipal() instanceof JwtAuthenticationToken jwt
                ? jwt.getToken().getExpiresAt() : null;
        sessions.put(session.getId(), new LiveSession(session, expiresAt, sender, maxQueued, clock));
    }

    @Override
    protected void handleTextMessage(WebSocketSession webSocket, TextMessage message) {
        LiveSession session = sessions.get(webSocket.getId());
        if (session == null) {
            return;
        }
        JsonNode request;
        try {
            request = json.readTree(message.getPayload());
        } catch (JsonProcessingException e) {
            session.send(error("not JSON: " + e.getOriginalMessage()));
            return;
        }
        List<String> subscribe = ids(request, "subscribe");
        List<String> unsubscribe = ids(request, "unsubscribe");
        if (subscribe == null && unsubscribe == null) {
            session.send(error("send {\"subscribe\":[\"<scheduleId>\", ...]} or {\"unsubscribe\":[...]}"));
            return;
        }
        session.change(subscribe == null ? List.of() : subscribe, unsubscribe == null ? List.of() : unsubscribe,
                maxSchedules, this::subscribed, error("at most " + maxSchedules + " schedules per connection"));
    }

    private String subscribed(Set<String> schedules) {
        ObjectNode answer = json.createObjectNode();
        schedules.forEach(answer.putArray("subscribed")::add);
        return answer.toString();
    }

    /** The schedule ids under {@code field}: null when absent or not an array of non-blank strings. */
    private static List<String> ids(JsonNode request, String field) {
        if (request == null || !request.isObject() || !request.path(field).isArray()) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode id : request.get(field)) {
            if (!id.isTextual() || id.asText().isBlank()) {
                return null;
            }
            ids.add(id.asText());
        }
        return ids;
    }

    private String error(String detail) {
        return json.createObjectNode().put("error", detail).toString();
    }

    @Override
    public void afterConnectionClosed(WebSocketSession webSocket, CloseStatus status) {
        LiveSession session = sessions.remove(webSocket.getId());
        if (session != null) {
            session.closed();
        }
    }

    @Override
    public void handleTransportError(WebSocketSession webSocket, Throwable exception) {
        LiveSession session = sessions.remove(webSocket.getId());
        if (session != null) {
            session.close(CloseStatus.SERVER_ERROR);
        }
    }
}
