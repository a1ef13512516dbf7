/** {@code keypad account …}: the API accounts, their roles and their tokens. */
package dev.keypad.cli.account;
