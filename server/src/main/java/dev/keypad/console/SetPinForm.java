package dev.keypad.console;

import dev.keypad.mail.MailChoice;

/**
 * The "Set PIN" form of one purpose on the user page. Its PIN is never echoed into a page.
 *
 * @param mode       {@code generate} (also when missing) or {@code type}
 * @param pin        the typed PIN, used only when {@code mode} is {@code type}
 * @param mustChange a ticked checkbox; missing means not ticked
 * @param mail       {@code default} (the tenant setting; also when missing), {@code send} or {@code none}
 * @param emailTo    another address to mail the PIN to, or blank
 * @param unlock     also clear an administrator lock
 */
record SetPinForm(String mode, String pin, Boolean mustChange, String mail, String emailTo, Boolean unlock) {

    /** What a fresh form shows: generate, must change, tenant default mail. */
    static SetPinForm fresh() {
        return new SetPinForm("generate", null, true, "default", null, false);
    }

    public boolean typed() {
        return "type".equals(mode);
    }

    public boolean mustChangeTicked() {
        return Boolean.TRUE.equals(mustChange);
    }

    public boolean unlockTicked() {
        return Boolean.TRUE.equals(unlock);
    }

    public String mailOption() {
        return mail == null || mail.isBlank() ? "default" : mail;
    }

    /** @throws dev.keypad.InvalidInputException naming {@code emailTo} when the address is wrong or contradicts "do not send" */
    MailChoice mailChoice() {
        Boolean send = switch (mailOption()) {
            case "send" -> true;
            case "none" -> false;
            default -> null;
        };
        return new MailChoice(send, emailTo == null || emailTo.isBlank() ? null : emailTo.trim());
    }

    /** The same choices without the PIN, to show the form again after an error. */
    SetPinForm withoutPin() {
        return new SetPinForm(mode, null, mustChange, mail, emailTo, unlock);
    }

    @Override
    public String toString() {
        return "SetPinForm[mode=" + mode + ", pin=*****, mustChange=" + mustChange + ", mail=" + mail + ", unlock=" + unlock + "]";
    }
}
