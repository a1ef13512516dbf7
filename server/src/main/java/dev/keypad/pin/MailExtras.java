package dev.keypad.pin;

import java.util.Map;

import dev.keypad.policy.Purpose;

/**
 * More template values for the mail of a PIN another feature knows about, such as the conference ID
 * that goes with a leader PIN. Implementations are Spring beans and thread-safe; they run inside the
 * transaction that sets the PIN.
 */
public interface MailExtras {

    /** @return the extra values, never a PIN; empty when there are none */
    Map<String, String> valuesFor(long userId, Purpose purpose);
}
