package dev.keypad.settings;

/**
 * The tenant-wide settings. Immutable.
 *
 * @param automaticallySendEmailsToUsers whether mails go out that no operation explicitly asked
 *     for (SPEC §5); an explicit "send mail" sends regardless
 */
public record TenantSettings(boolean automaticallySendEmailsToUsers) {

    /** The settings of a new installation. */
    public static TenantSettings defaults() {
        return new TenantSettings(true);
    }
}
