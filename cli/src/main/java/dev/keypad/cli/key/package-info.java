/** {@code keypad pin-keys}: the server's PIN key ring (ADR 6). */
package dev.keypad.cli.key;
