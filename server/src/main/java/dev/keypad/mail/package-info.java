/** Notifications (SPEC §5): the mail outbox, its relay to SMTP or to files, and the mail templates. */
package dev.keypad.mail;
