/** Who may use the API: accounts, their roles (SPEC §1) and their API tokens. */
package dev.keypad.access;
