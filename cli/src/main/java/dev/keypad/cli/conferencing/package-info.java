/** {@code keypad conferencing …}: audio conferencing of SPEC §6, starting with the tenant settings. */
package dev.keypad.cli.conferencing;
