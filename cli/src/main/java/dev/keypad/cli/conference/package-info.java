/** {@code keypad conference …}: the conference bridge of SPEC §6 (join, organizer PIN, lobby, leave) driven by hand. */
package dev.keypad.cli.conference;
