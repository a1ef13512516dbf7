/** {@code keypad mail …}: the mail outbox, its delivery state, and retrying or cancelling a mail. */
package dev.keypad.cli.mail;
