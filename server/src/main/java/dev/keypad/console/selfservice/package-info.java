/** The self-service pages where end users, signed in by a mailed one-time link, see, reset and change their own PINs. */
package dev.keypad.console.selfservice;
