package com.flextime.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.flextime.infra.cli.TokenCommand;
import com.flextime.infra.security.JwtSecret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** A plain HTTP client for the tests: what any integrator would send, with a bearer token per role. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    public static String token(String... roles) {
        return TokenCommand.sign("tester", List.of(roles), Duration.ofHours(1), System.getenv(JwtSecret.ENV));
    }

    /** An answer: status, the headers that matter here, and the JSON body (null when empty). */
    public record Answer(int status, String etag, String contentType, JsonNode body) {

        public String id() {
            return body.get("id").asText();
        }

        public long version() {
            return Long.parseLong(etag.replace("\"", ""));
        }
    }

    public Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Answer post(String path, String token, String json, String... headers) {
        return send(request(path, token, headers).POST(body(json)).header("Content-Type", "application/json"));
    }

    public Answer put(String path, String token, String json, String... headers) {
        return send(request(path, token, headers).PUT(body(json)).header("Content-Type", "application/json"));
    }

    public Answer delete(String path, String token, String... headers) {
        return send(request(path, token, headers).DELETE());
    }

    /** A file as its bytes, e.g. an import: CSV, a spreadsheet or JSON under its own content type. */
    public Answer upload(String path, String token, String contentType, byte[] file, String... headers) {
        HttpRequest.Builder request = request(path, token, headers).POST(HttpRequest.BodyPublishers.ofByteArray(file));
        return send(contentType == null ? request : request.header("Content-Type", contentType));
    }

    public Answer send(String method, String path, String token, String json) {
        return send(request(path, token).method(method, body(json)).header("Content-Type", "application/json"));
    }

    private static HttpRequest.BodyPublisher body(String json) {
        return json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
    }

    private HttpRequest.Builder request(String path, String token, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            return new Answer(response.statusCode(), response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(null),
                    text == null || text.isBlank() ? null : JSON.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
