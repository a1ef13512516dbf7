package dev.keypad.settings.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.keypad.Actor;
import dev.keypad.settings.ChangeSettings;
import dev.keypad.settings.Settings;
import dev.keypad.settings.TenantSettings;

/** The tenant settings (docs/api.md "Tenant settings"). */
@RestController
@RequestMapping("/api/v1/tenant-settings")
class TenantSettingsController {

    private final Settings settings;
    private final ChangeSettings changeSettings;

    TenantSettingsController(Settings settings, ChangeSettings changeSettings) {
        this.settings = settings;
        this.changeSettings = changeSettings;
    }

    @GetMapping
    TenantSettings show() {
        return settings.current();
    }

    @PatchMapping
    TenantSettings change(@RequestBody ChangeSettings.Patch patch, Actor actor) {
        return changeSettings.change(patch, actor);
    }
}
