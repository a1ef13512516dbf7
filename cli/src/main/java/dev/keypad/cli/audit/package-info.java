/** {@code keypad audit …}: reading the append-only audit log and verifying its hash chain. */
package dev.keypad.cli.audit;
