/** PIN policies per purpose and scope, their defaults, ranges and cross-field rules. */
package dev.keypad.policy;
