/** Benchmarks that run a real Keypad server in-process and measure it against plain JDBC on the same database. */
package dev.keypad.bench;
