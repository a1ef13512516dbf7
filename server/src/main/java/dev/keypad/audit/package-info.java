/** The audit log: an append-only, hash-chained record of every change and sign-in, and its verification. */
package dev.keypad.audit;
