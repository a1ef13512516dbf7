/**
 * The administrators' web console: server-rendered pages composed from the features' use cases,
 * for the roles of SPEC §1. Who may open which page is decided in {@code web/ConsoleSecurity}.
 */
package dev.keypad.console;
