/** The {@code keypad} command line: commands, how they reach the server, and how failures become exit codes. */
package dev.keypad.cli;
