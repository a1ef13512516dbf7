package dev.keypad;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts the Keypad server. The start-up contract (SPEC §8) is read from the environment:
 * {@code KEYPAD_DATA}, {@code KEYPAD_PORT}, {@code KEYPAD_DB_URL/USER/PASSWORD},
 * {@code KEYPAD_BOOTSTRAP_TOKEN}, {@code KEYPAD_DEMO}; {@code --demo} on the command line
 * does what {@code KEYPAD_DEMO=true} does.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class KeypadApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(KeypadApplication.class);
        Map<String, Object> defaults = defaults(System.getenv(), args);
        // Before anything writes into it (the embedded database does, first), so it is owner-only.
        DataFolder.of((String) defaults.get("keypad.data-folder")).create();
        application.setDefaultProperties(defaults);
        application.run(Arrays.stream(args).filter(arg -> !arg.equals("--demo")).toArray(String[]::new));
    }

    /**
     * The embedded H2 database lives in the data folder unless {@code KEYPAD_DB_URL} names another
     * one; the URL is built here because H2 refuses paths that are relative without "./".
     */
    static Map<String, Object> defaults(Map<String, String> env, String[] args) {
        Map<String, Object> defaults = new HashMap<>();
        DataFolder folder = DataFolder.of(env.getOrDefault("KEYPAD_DATA", "./keypad-data"));
        defaults.put("keypad.data-folder", folder.path().toString());
        defaults.put("spring.datasource.url", env.getOrDefault("KEYPAD_DB_URL", folder.h2Url()));
        boolean demo = Arrays.asList(args).contains("--demo") || Boolean.parseBoolean(env.get("KEYPAD_DEMO"));
        defaults.put("keypad.demo", Boolean.toString(demo));
        return defaults;
    }
}
