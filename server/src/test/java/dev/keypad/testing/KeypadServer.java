package dev.keypad.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.keypad.KeypadApplication;

/**
 * A real Keypad server on a random port over a fresh database, started the way production starts
 * it. {@link #shared} gives one per database for the whole test JVM, because a start costs
 * seconds on two cores: test classes sharing it keep to their own users (their own domain, OU
 * and site) so they never see each other's data.
 */
public final class KeypadServer implements AutoCloseable {

    public static final String ADMIN_TOKEN = "kp_test-administrator-token-0123456789";

    private static final Map<Database, KeypadServer> SHARED = new EnumMap<>(Database.class);

    private final ConfigurableApplicationContext context;
    private final Path dataFolder;
    private final Database database;

    private KeypadServer(Database database, Map<String, Object> extra) {
        this(database, database.newDatabaseUrl(), extra);
    }

    private KeypadServer(Database database, String url, Map<String, Object> extra) {
        this.database = database;
        this.dataFolder = extra.containsKey("keypad.data-folder") ? Path.of(extra.get("keypad.data-folder").toString()) : newFolder();
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", "0");
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", database.user());
        properties.put("spring.datasource.password", "");
        properties.put("keypad.data-folder", dataFolder.toString());
        properties.put("KEYPAD_BOOTSTRAP_TOKEN", ADMIN_TOKEN);
        // The smallest Argon2 the server accepts: tests check behaviour, the benchmarks measure cost.
        properties.put("keypad.argon2.memory-kib", "8192");
        properties.put("keypad.argon2.iterations", "1");
        properties.putAll(extra);
        // As command-line arguments: they outrank application.properties, as they would in production.
        this.context = new SpringApplication(KeypadApplication.class, MovableClockConfiguration.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    private static Path newFolder() {
        try {
            return Files.createTempDirectory("keypad-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static synchronized KeypadServer shared(Database database) {
        return SHARED.computeIfAbsent(database, db -> {
            KeypadServer server = new KeypadServer(db, Map.of());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        });
    }

    /** A server of its own, e.g. to check what happens on a first start; close it after use. */
    public static KeypadServer start(Database database, Map<String, Object> properties) {
        return new KeypadServer(database, properties);
    }

    /**
     * A server on a database and data folder that already exist, for instance those a server in
     * another process used before it was killed.
     */
    public static KeypadServer attach(Database database, String url, Path dataFolder, Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.put("keypad.data-folder", dataFolder.toString());
        return new KeypadServer(database, url, all);
    }

    /** A second server on this server's database, as when several instances share PostgreSQL. */
    public KeypadServer startAnother() {
        return startAnother(Map.of());
    }

    /** A second server on this database and data folder (so with the same PIN keys), with other settings. */
    public KeypadServer startAnother(Map<String, Object> settings) {
        Map<String, Object> properties = new HashMap<>(Map.of("keypad.demo", context.getEnvironment().getProperty("keypad.demo", "false"),
                "keypad.data-folder", dataFolder.toString()));
        properties.putAll(settings);
        return new KeypadServer(database, jdbcUrl(), properties);
    }

    public String jdbcUrl() {
        return context.getEnvironment().getProperty("spring.datasource.url");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public Api api(String token) {
        return new Api(baseUrl(), token);
    }

    public Api admin() {
        return api(ADMIN_TOKEN);
    }

    public JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    /** The server's clock, which the test may move forward. */
    public MovableClock clock() {
        return context.getBean(MovableClock.class);
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public Database database() {
        return database;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> java.util.Collection<T> beans(Class<T> type) {
        return context.getBeansOfType(type).values();
    }

    @Override
    public void close() {
        context.close();
    }
}
