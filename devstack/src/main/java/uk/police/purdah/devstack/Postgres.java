package uk.police.purdah.devstack;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** A real PostgreSQL 17 server with one database and one owning role per service. */
final class Postgres implements AutoCloseable {

    /** Each service's database; the role of the same name owns it, with the same name as password. */
    static final List<String> DATABASES = List.of("intake", "equality", "publication", "audit", "notification");

    private final EmbeddedPostgres server;

    private Postgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** Starts the server with its data under {@code workDir}; the binaries are unpacked once, in {@code /tmp/embedded-pg}. */
    static Postgres start(int port, Path workDir) throws IOException, SQLException {
        EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(workDir.resolve("data"))
                .setCleanDataDirectory(true)
                .setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "200")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .start();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            for (String name : DATABASES) {
                statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
                statement.execute("CREATE DATABASE " + name + " OWNER " + name);
            }
        }
        return new Postgres(server);
    }

    int port() {
        return server.getPort();
    }

    /** The base JDBC URL; a service appends {@code /<its database>}. */
    String jdbcUrl() {
        return "jdbc:postgresql://" + Ports.HOST + ":" + port();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
