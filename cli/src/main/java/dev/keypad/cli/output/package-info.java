/** Printing results as table, json, jsonl or csv, record by record so that long listings stream. */
package dev.keypad.cli.output;
