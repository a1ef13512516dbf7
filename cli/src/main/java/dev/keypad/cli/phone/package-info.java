/** {@code keypad phone …}: the gateway's path (sign-in, change PIN) driven by hand, to test PINs and lockouts. */
package dev.keypad.cli.phone;
