package dev.keypad.settings;

import java.time.Instant;

/** Where the tenant settings are kept: one row. Implementations are thread-safe. */
public interface Settings {

    TenantSettings current();

    /** Reads the settings and holds them against concurrent changes until the transaction ends. */
    TenantSettings lock();

    void save(TenantSettings settings, Instant now);
}
