/** Audio conferencing (SPEC §6): users enabled for dial-in meetings, their conference IDs and leader PINs. */
package dev.keypad.conferencing;
