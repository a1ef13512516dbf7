/** Phone sign-in: the one path that checks a caller's PIN, and the lockout accounting around it. */
package dev.keypad.signin;
