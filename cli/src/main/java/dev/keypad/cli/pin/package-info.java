/** {@code keypad pin …}: the PINs of SPEC §3–§4, per user and purpose, shown, set, locked and unlocked. */
package dev.keypad.cli.pin;
