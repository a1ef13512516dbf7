package dev.keypad.settings;

/**
 * The tenant-wide settings (SPEC §5, §6), as the API shows them. Immutable.
 *
 * @param automaticallySendEmailsToUsers whether mails go out that no operation explicitly asked
 *     for; an explicit "send mail" sends regardless
 * @param pinLength                      the length of generated conference (leader) PINs, 4–12: the
 *     global conference policy's {@code generatedLength}; a change never changes existing PINs
 * @param allowPstnOnlyMeetingsByDefault copied into a user enabled for audio conferencing; a
 *     change never changes users enabled before
 */
public record TenantSettings(boolean automaticallySendEmailsToUsers, int pinLength, boolean allowPstnOnlyMeetingsByDefault) {
}
