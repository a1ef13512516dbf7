package dev.keypad.directory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import dev.keypad.Actor;

/**
 * With {@code --demo} or {@code KEYPAD_DEMO=true}, fills an empty directory with a small
 * Litware directory (Ken Myer and colleagues) so a newcomer can try everything at once. A
 * directory that has users is never touched.
 */
@Component
@Order(1)
class DemoDirectory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDirectory.class);

    private final boolean enabled;
    private final Users users;
    private final ImportUsers importUsers;

    DemoDirectory(@Value("${keypad.demo:false}") boolean enabled, Users users, ImportUsers importUsers) {
        this.enabled = enabled;
        this.users = users;
        this.importUsers = importUsers;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled || users.count() > 0) {
            return;
        }
        try (Reader csv = new InputStreamReader(new ClassPathResource("demo/litware-users.csv").getInputStream(),
                StandardCharsets.UTF_8)) {
            ImportReport report = importUsers.run(csv, Actor.system("demo"));
            log.info("Filled the empty directory with {} Litware demo users", report.created());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
