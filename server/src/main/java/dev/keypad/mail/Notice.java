package dev.keypad.mail;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A mail to queue: its kind, whom it is about and to, the values its templates fill in, and the
 * secret (a PIN, a sign-in link) of a kind that carries one. Immutable; {@link #toString()} never
 * shows the secret.
 *
 * @param userId the user the mail is about
 * @param values template values (see the templates in {@code mail-templates/}); never the secret
 * @param secret the PIN or link for kinds that {@linkplain MailKind#secret() carry one}, else null
 */
public record Notice(MailKind kind, long userId, String identity, String to, Map<String, String> values, String secret) {

    public Notice {
        if ((kind.secret() != null) != (secret != null)) {
            throw new IllegalArgumentException("A " + kind.code() + " mail " + (kind.secret() != null ? "needs a " + kind.secret()
                    : "takes no secret"));
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
        return "Notice[kind=" + kind.code() + ", identity=" + identity + ", to=" + to + (secret == null ? "" : ", " + kind.secret() + "=*****") + "]";
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

        /** For kinds that carry no secret; the name is older than secrets other than PINs. */
        public Notice withoutPin() {
            return new Notice(kind, userId, identity, to, values, null);
        }

        /** @throws IllegalArgumentException for a kind that carries no PIN */
        public Notice withPin(String pin) {
            return withSecret(MailKind.Secrets.PIN, pin);
        }

        /** @throws IllegalArgumentException for a kind that carries no link */
        public Notice withLink(String link) {
            return withSecret(MailKind.Secrets.LINK, link);
        }

        private Notice withSecret(String name, String secret) {
            if (!name.equals(kind.secret())) {
                throw new IllegalArgumentException("A " + kind.code() + " mail carries no " + name);
            }
            return new Notice(kind, userId, identity, to, values, secret);
        }
    }
}
