/** {@code keypad user …}: the directory users of SPEC §2, added, listed, shown, changed, removed and imported. */
package dev.keypad.cli.user;
