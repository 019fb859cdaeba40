package uk.police.purdah.publication.portal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A stand-in for audit-service's public {@code GET /api/ledger/head} (AUD-3), on a free port: answers a fixed head,
 * or 503 while {@link #down} is set, so the portal can be seen with and without it (PUB-6).
 */
public class AuditStub implements QuarkusTestResourceLifecycleManager {

    public static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    public static volatile boolean down;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/api/ledger/head", exchange -> {
            byte[] body = ("{\"sequence\":42,\"eventId\":\"5b0f2a52-3c39-4c6f-9a43-6f0e1d6c2b11\",\"hash\":\"" + HASH
                    + "\"}").getBytes(StandardCharsets.UTF_8);
            if (down) {
                exchange.sendResponseHeaders(503, -1);
            } else {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        server.start();
        return Map.of("quarkus.rest-client.audit.url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
