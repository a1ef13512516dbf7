/** The HTTP side of the command line: requests to the Keypad REST API and the failures they can end in. */
package dev.keypad.cli.client;
