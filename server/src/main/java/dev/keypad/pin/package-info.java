/** PINs: values, rules, generation, hashing, and the operations that set, lock and unlock them. */
package dev.keypad.pin;
