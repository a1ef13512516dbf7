/** The directory: users, the five identity forms that name them, selections and CSV import. */
package dev.keypad.directory;
