/** Tenant-wide settings (SPEC §5, §6): one set for the whole server and every server sharing its database. */
package dev.keypad.settings;
