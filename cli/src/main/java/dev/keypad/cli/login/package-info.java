/** Saving and forgetting the server URL and API token that every other command uses. */
package dev.keypad.cli.login;
