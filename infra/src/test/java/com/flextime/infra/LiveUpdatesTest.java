package com.flextime.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.Set;
import java.util.function.Predicate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code /v2/live}: a browser-like client follows schedules and gets their CloudEvents as they are published. */
class LiveUpdatesTest extends ServiceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aViewerGetsTheEventsOfTheSchedulesItFollowsAndNoOthers() throws Exception {
        String followed = createSeason();
        String other = createSeason();
        String gameId = game(followed, "KU", "KSU", "2026-01-03");
        String otherGame = game(other, "BYU", "UTAH", "2026-01-03");

        try (Client client = Client.connect(uri("?access_token=" + VIEWER), null)) {
            client.follow(followed);
            client.send("{\"subscribe\":[\"" + followed + "\"]}");
            assertThat(client.next(m -> m.has("subscribed")).get("subscribed"))
                    .extracting(JsonNode::asText).containsExactly(followed);

            // the other schedule changes first: were it pushed, it would arrive before the followed one's move
            move(other, otherGame, "2026-01-06");
            move(followed, gameId, "2026-01-05");
            JsonNode moved = client.next(m -> Client.moved(m, "2026-01-05"));
            assertThat(moved.get("type").asText()).isEqualTo("schedule.updated");
            assertThat(moved.get("subject").asText()).isEqualTo(followed);
            assertThat(moved.at("/data/change").asText()).isEqualTo("GAME_MOVED");
            assertThat(moved.at("/data/game/gameId").asText()).isEqualTo(gameId);
            assertThat(moved.at("/data/game/date").asText()).isEqualTo("2026-01-05");
            assertThat(moved.get("id").asText()).isEqualTo(jdbc.queryForObject("SELECT eventidentifier FROM"
                    + " domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber DESC LIMIT 1",
                    String.class, followed));

            // switching: the schedule left is no longer pushed, the one joined is
            client.follow(followed, other);
            client.send("{\"unsubscribe\":[\"" + followed + "\"],\"subscribe\":[\"" + other + "\"]}");
            assertThat(client.next(m -> m.has("subscribed")).get("subscribed"))
                    .extracting(JsonNode::asText).containsExactly(other);
            client.follow(other);
            move(followed, gameId, "2026-01-06");
            move(other, otherGame, "2026-01-08");
            JsonNode next = client.next(m -> Client.moved(m, "2026-01-08"));
            assertThat(next.get("subject").asText()).isEqualTo(other);
            assertThat(next.at("/data/game/date").asText()).isEqualTo("2026-01-08");

            client.send("{\"follow\":true}");
            assertThat(client.next(m -> m.has("error")).get("error").asText()).contains("subscribe");
        }
    }

    @Test
    void theBearerHeaderWorksToo() throws Exception {
        try (Client client = Client.connect(uri(""), VIEWER)) {
            client.send("{\"subscribe\":[]}");
            assertThat(client.next(m -> m.has("subscribed")).get("subscribed")).isEmpty();
        }
    }

    @Test
    void aConnectionWithoutAValidViewerTokenIsRefused() {
        assertThat(handshakeStatus(uri(""), null)).isEqualTo(401);
        assertThat(handshakeStatus(uri("?access_token=not-a-jwt"), null)).isEqualTo(401);
        assertThat(handshakeStatus(uri("?access_token=" + Api.token()), null)).as("no role").isEqualTo(403);
    }

    private void move(String scheduleId, String gameId, String date) {
        Api.Answer answer = api.post("/v2/schedules/" + scheduleId + "/games/" + gameId + "/move", SCHEDULER,
                "{\"date\":\"" + date + "\"}");
        assertThat(answer.status()).as(String.valueOf(answer.body())).isEqualTo(200);
    }

    private URI uri(String query) {
        return URI.create("ws://localhost:" + port + "/v2/live" + query);
    }

    private static int handshakeStatus(URI uri, String token) {
        Throwable refused = catchThrowable(() -> Client.connect(uri, token).close());
        assertThat(refused).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode();
    }

    /** A JDK WebSocket client that keeps every text message it receives, in order. */
    private static final class Client implements WebSocket.Listener, AutoCloseable {

        private final LinkedBlockingQueue<JsonNode> received = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private WebSocket socket;
        private volatile Set<String> followed = Set.of();

        static Client connect(URI uri, String token) throws Exception {
            Client client = new Client();
            WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(10));
            if (token != null) {
                builder.header("Authorization", "Bearer " + token);
            }
            client.socket = builder.buildAsync(uri, client).get(20, TimeUnit.SECONDS);
            return client;
        }

        void send(String text) {
            socket.sendText(text, true).join();
        }

        /** From now on, an event about any other schedule fails the test. */
        void follow(String... scheduleIds) {
            followed = Set.of(scheduleIds);
        }

        /**
         * A game moved to that date. Others may come first: the schedule's earlier events when the relay is behind,
         * conflicts found with other tests' games.
         */
        static boolean moved(JsonNode message, String date) {
            return message.at("/data/change").asText().equals("GAME_MOVED")
                    && message.at("/data/game/date").asText().equals(date);
        }

        /** The next message that matches, skipping others (waits up to 30 s). */
        JsonNode next(Predicate<JsonNode> wanted) {
            return await().atMost(Duration.ofSeconds(30)).until(() -> {
                JsonNode message;
                while ((message = received.poll()) != null) {
                    if (message.has("specversion")) {
                        assertThat(followed).as("an event of a schedule not followed: " + message)
                                .contains(message.get("subject").asText());
                    }
                    if (wanted.test(message)) {
                        return message;
                    }
                }
                return null;
            }, m -> m != null);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    received.add(JSON.readTree(partial.toString()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        }
    }
}
