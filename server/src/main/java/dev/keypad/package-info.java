/** Keypad: the server's start-up, and the few types every feature shares (actor, input errors). */
package dev.keypad;
