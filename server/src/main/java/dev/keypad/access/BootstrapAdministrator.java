package dev.keypad.access;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import dev.keypad.Actor;
import dev.keypad.ConflictException;
import dev.keypad.DataFolder;

/**
 * On the first start, creates the administrator account {@code admin} (SPEC §8). Its token is
 * {@code KEYPAD_BOOTSTRAP_TOKEN} when set, for automation; otherwise a generated token is written
 * to {@code initial-admin-token} in the data folder, readable by the owner only. The token is
 * never logged.
 */
@Component
@Order(0)
class BootstrapAdministrator implements ApplicationRunner {

    static final String TOKEN_FILE = "initial-admin-token";
    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final Accounts accounts;
    private final AddAccount addAccount;
    private final DataFolder dataFolder;
    private final String bootstrapToken;

    BootstrapAdministrator(Accounts accounts, AddAccount addAccount, DataFolder dataFolder,
                           @Value("${KEYPAD_BOOTSTRAP_TOKEN:}") String bootstrapToken) {
        this.accounts = accounts;
        this.addAccount = addAccount;
        this.dataFolder = dataFolder;
        this.bootstrapToken = bootstrapToken.isBlank() ? null : bootstrapToken.trim();
        if (this.bootstrapToken != null && this.bootstrapToken.length() < ApiToken.MIN_LENGTH) {
            throw new IllegalStateException("KEYPAD_BOOTSTRAP_TOKEN is " + this.bootstrapToken.length()
                    + " characters long; it must have at least " + ApiToken.MIN_LENGTH);
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.isEmpty()) {
            return;
        }
        AddAccount.Created created;
        try {
            created = addAccount.add("admin", Role.ADMINISTRATOR, bootstrapToken, Actor.system("bootstrap"));
        } catch (ConflictException | DuplicateKeyException e) {
            return; // another server sharing the database got there first
        }
        if (bootstrapToken != null) {
            log.info("Created the administrator account 'admin' with the token from KEYPAD_BOOTSTRAP_TOKEN");
            return;
        }
        Path file = dataFolder.writeSecret(TOKEN_FILE, created.token());
        log.info("Created the administrator account 'admin'; its API token is in {} (readable by you only)", file);
    }
}
