package com.flextime.infra.stream;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/**
 * The Redis the service starts itself when none is configured (com.github.codemonstur:embedded-redis, a real
 * redis-server binary). Its append-only file lives under the data directory, so the streams survive a restart,
 * and its URL is written to {@code <data-dir>/redis.url}, where {@code subscribe} finds it.
 */
public final class EmbeddedRedis {

    private final int port;
    private final Path directory;
    private final RedisServer server;

    public EmbeddedRedis(Path dataDir, int port) {
        this.directory = dataDir.resolve("redis").toAbsolutePath();
        this.port = port == 0 ? freePort() : port;
        try {
            Files.createDirectories(directory);
            this.server = RedisServer.newRedisServer()
                    .port(this.port)
                    .bind("127.0.0.1")
                    .setting("dir " + directory)
                    .setting("appendonly yes")
                    // the relay commits its token once Redis acknowledged: the entry must be on disk by then
                    .setting("appendfsync always")
                    .setting("save \"\"")
                    .build();
            start();
            Files.writeString(dataDir.resolve("redis.url"), url() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded Redis in " + directory, e);
        }
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public void start() throws IOException {
        server.start();
    }

    /** Stops the server; {@link #start} brings it back on the same port with the same data (tests use both). */
    public void stop() throws IOException {
        server.stop();
    }

    public boolean isActive() {
        return server.isActive();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port for the embedded Redis", e);
        }
    }
}
