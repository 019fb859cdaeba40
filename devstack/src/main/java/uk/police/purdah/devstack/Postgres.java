package uk.police.purdah.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 server with one database and one owning role per service. It can be stopped and started
 * again on the same port and data directory, keeping every database (fault tests: {@code postgres stop|start}).
 */
final class Postgres implements AutoCloseable {

    /** Each service's database; the role of the same name owns it, with the same name as password. */
    static final List<String> DATABASES = List.of("intake", "equality", "publication", "audit", "notification");

    private final int port;
    private final Path dataDirectory;
    private EmbeddedPostgres server;

    private Postgres(int port, Path dataDirectory) {
        this.port = port;
        this.dataDirectory = dataDirectory;
    }

    /** Starts the server with its data under {@code workDir}; the binaries are unpacked once, in {@code /tmp/embedded-pg}. */
    static Postgres start(int port, Path workDir) throws IOException, SQLException {
        Postgres postgres = new Postgres(port, workDir.resolve("data"));
        postgres.server = postgres.launch();
        try (Connection connection = postgres.server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String name : DATABASES) {
                statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
                statement.execute("CREATE DATABASE " + name + " OWNER " + name);
            }
        }
        return postgres;
    }

    /**
     * The data directory is new the first time (so initdb runs) and kept afterwards: the embedded server never
     * deletes it, devstack removes its whole work directory when it stops.
     */
    private EmbeddedPostgres launch() throws IOException {
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .start();
    }

    /** Stops the server (fast shutdown: open sessions are ended, the port refuses connections); the data stays. */
    synchronized void halt() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                server = null;
            }
        }
    }

    /** Starts the server again on the same port and data directory. */
    synchronized void resume() {
        if (server == null) {
            try {
                server = launch();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    int port() {
        return port;
    }

    /** The base JDBC URL; a service appends {@code /<its database>}. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + Ports.HOST + ":" + port();
    }

    @Override
    public void close() {
        halt();
    }
}
