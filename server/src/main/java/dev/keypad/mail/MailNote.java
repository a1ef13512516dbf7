package dev.keypad.mail;

/**
 * What became of the mail of one target of an operation, as its result shows it.
 *
 * @param status {@link #QUEUED}, {@link #WOULD_QUEUE}, {@link #NO_ADDRESS} or {@link #NOT_SENT}
 * @param id     the outbox id of a queued mail, else null
 * @param to     the address a mail goes (or would go) to, else null
 */
public record MailNote(String status, Long id, String to) {

    public static final String QUEUED = "queued";
    public static final String WOULD_QUEUE = "would-queue";
    /** The user has no e-mail address and the operation gave none: the change happened all the same. */
    public static final String NO_ADDRESS = "no-address";
    /** The operation asked for no mail, or asked nothing while automatic mails are off. */
    public static final String NOT_SENT = "not-sent";

    /** The note of a decision made for a what-if run, or for a change whose mail was not queued. */
    public static MailNote of(MailChoice.Decision decision, boolean whatIf) {
        if (decision.sends()) {
            return new MailNote(whatIf ? WOULD_QUEUE : QUEUED, null, decision.to());
        }
        return new MailNote(decision.status(), null, null);
    }
}
