package dev.keypad.cli.e2e;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.keypad.KeypadApplication;

/**
 * A real Keypad server in the test JVM for the end-to-end tests: a free port, an in-memory H2 database in
 * PostgreSQL mode, the Litware demo directory (Ken Myer, Pilar Ackerman, David and Jane Smith, …) and an
 * administrator whose token is {@link #TOKEN}. One per test class; not thread-safe.
 */
final class KeypadServer implements AutoCloseable {

    static final String TOKEN = "kp_cli-end-to-end-administrator-token";

    private final ConfigurableApplicationContext context;
    private final String url;

    private KeypadServer(ConfigurableApplicationContext context) {
        this.context = context;
        this.url = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * @param database the in-memory database's name, one per test class, so that no class sees another's data
     * @param data the data folder (mail files, keys)
     * @param options further Spring properties, such as {@code --keypad.smtp.host=127.0.0.1}
     */
    static KeypadServer start(String database, Path data, String... options) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:" + database
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--spring.datasource.username=sa", "--keypad.data-folder=" + data, "--KEYPAD_BOOTSTRAP_TOKEN=" + TOKEN,
                "--keypad.demo=true"));
        arguments.addAll(List.of(options));
        return new KeypadServer(new SpringApplication(KeypadApplication.class).run(arguments.toArray(String[]::new)));
    }

    String url() {
        return url;
    }

    /** The CLI jar pointed at this server as its administrator, with {@code home} as the user's home folder. */
    KeypadJar jar(Path home) {
        return new KeypadJar(url, TOKEN, home);
    }

    @Override
    public void close() {
        context.close();
    }
}
