package dev.keypad.settings;

import dev.keypad.Actor;

/** A change of the tenant settings, published inside the change's transaction. */
public record SettingsEvent(TenantSettings before, TenantSettings after, Actor actor) {
}
