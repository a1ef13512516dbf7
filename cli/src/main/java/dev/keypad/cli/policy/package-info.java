/** {@code keypad policy …}: the PIN policies of SPEC §3 per purpose and scope, and their grants to users. */
package dev.keypad.cli.policy;
