package io.serval.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real HTTP client for the running test server, logged in with HTTP Basic as one user. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final String authorization;
    private String language;

    private Api(int port, String authorization) {
        this.base = "http://localhost:" + port;
        this.authorization = authorization;
    }

    public static Api as(int port, String username, String password) {
        return new Api(port, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** A demo user (password "demo"). */
    public static Api as(int port, String username) {
        return as(port, username, "demo");
    }

    /** A client that authenticates with a personal API token. */
    public static Api withToken(int port, String token) {
        return new Api(port, "Bearer " + token);
    }

    public static Api anonymous(int port) {
        return new Api(port, null);
    }

    public Api inLanguage(String acceptLanguage) {
        this.language = acceptLanguage;
        return this;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, String contentType, String body) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A multipart form with one file part, as a browser uploads it. */
    public Response upload(String path, String field, String fileName, String contentType, byte[] content) {
        String boundary = "serval-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * A change body with the record's current version added, as a client that just read the record sends it:
     * {@code versioned("/api/agreements/SLA-A", "{\"duration\":\"PT2H\"}")}.
     */
    public String versioned(String recordPath, String json) {
        long version = get(recordPath).json().get("version").asLong();
        return "{\"version\":" + version + (json.trim().equals("{}") ? "}" : "," + json.trim().substring(1));
    }

    public Response patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json").method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (language != null) {
            builder.header("Accept-Language", language);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** The rows of a page of a list ({@code content}; {@code page} holds its number, size and totals). */
        public JsonNode rows() {
            return json().get("content");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
