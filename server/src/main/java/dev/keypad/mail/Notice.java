package dev.keypad.mail;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mail to queue: its kind, whom it is about and to, the values its templates fill in, and the
 * PIN of a kind that carries one. Immutable; {@link #toString()} never shows the PIN.
 *
 * @param userId the user the mail is about
 * @param values template values (see the templates in {@code mail-templates/}); never the PIN
 * @param pin    the PIN for kinds that {@linkplain MailKind#holdsPin() hold one}, else null
 */
public record Notice(MailKind kind, long userId, String identity, String to, Map<String, String> values, String pin) {

    public Notice {
        if (kind.holdsPin() != (pin != null)) {
            throw new IllegalArgumentException("A " + kind.code() + " mail " + (kind.holdsPin() ? "needs" : "takes no") + " PIN");
        }
        values = Map.copyOf(values);
    }

    /**
     * A notice about a user, with the values every template uses.
     *
     * @param purpose the purpose's name in the API, e.g. {@code voicemail}; null for none
     */
    public static Builder about(MailKind kind, long userId, String identity, String displayName, String to, String purpose) {
        Builder builder = new Builder(kind, userId, identity, to).with("identity", identity).with("displayName", displayName);
        return purpose == null ? builder : builder.with("purpose", purpose).with("purposeName", purposeName(purpose));
    }

    /** How mails name a purpose in prose: "your voice mail PIN". */
    static String purposeName(String purpose) {
        return switch (purpose) {
            case "phone" -> "phone sign-in";
            case "voicemail" -> "voice mail";
            case "conference" -> "conference organizer";
            default -> purpose;
        };
    }

    @Override
    public String toString() {
        return "Notice[kind=" + kind.code() + ", identity=" + identity + ", to=" + to + (pin == null ? "" : ", pin=*****") + "]";
    }

    /** Collects a notice's values. Not thread-safe. */
    public static final class Builder {
        private final MailKind kind;
        private final long userId;
        private final String identity;
        private final String to;
        private final Map<String, String> values = new LinkedHashMap<>();

        private Builder(MailKind kind, long userId, String identity, String to) {
            this.kind = kind;
            this.userId = userId;
            this.identity = identity;
            this.to = to;
        }

        /** Adds a value; a null value is left out. */
        public Builder with(String name, Object value) {
            if (value != null) {
                values.put(name, value.toString());
            }
            return this;
        }

        /** Adds values; null values are left out. */
        public Builder withAll(java.util.Map<String, String> more) {
            more.forEach(this::with);
            return this;
        }

        public Notice withoutPin() {
            return new Notice(kind, userId, identity, to, values, null);
        }

        public Notice withPin(String pin) {
            return new Notice(kind, userId, identity, to, values, pin);
        }
    }
}
