package com.flextime.infra.live;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * The plain WebSocket endpoint {@value #PATH} (no STOMP). Authentication is the API's: the handshake is a GET that
 * SecurityConfig lets through with a VIEWER token, from the header or, for browsers, {@code ?access_token=}.
 * Origins are not restricted by default: the token, not a cookie, is the credential, so another site's page
 * cannot borrow a user's session.
 */
@Configuration
@EnableWebSocket
public class LiveConfig implements WebSocketConfigurer {

    public static final String PATH = "/v2/live";

    private final LiveUpdates live;
    private final String[] allowedOrigins;

    LiveConfig(LiveUpdates live, @Value("${flextime.live.allowed-origins:*}") String[] allowedOrigins) {
        this.live = live;
        this.allowedOrigins = allowedOrigins;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(live, PATH).setAllowedOriginPatterns(allowedOrigins);
    }

    /** Threads that write to the sockets: one per client with messages waiting, none while all are idle. */
    @Bean(destroyMethod = "shutdownNow")
    static ExecutorService liveSender() {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "live-send-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    static LiveUpdates liveUpdates(ObjectMapper json, ExecutorService liveSender,
                                   @Value("${flextime.live.max-queued:1000}") int maxQueued,
                                   @Value("${flextime.live.max-schedules:100}") int maxSchedules) {
        return new LiveUpdates(json, liveSender, maxQueued, maxSchedules, Clock.systemUTC());
    }
}
