/** {@code keypad conferencing …}: audio conferencing of SPEC §6, its tenant settings and its users. */
package dev.keypad.cli.conferencing;
