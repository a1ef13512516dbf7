package dev.keypad.settings.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.keypad.Actor;
import dev.keypad.settings.Tenant;
import dev.keypad.settings.TenantSettings;

/** The tenant settings (docs/api.md "Tenant settings"). */
@RestController
@RequestMapping("/api/v1/tenant-settings")
class TenantSettingsController {

    private final Tenant tenant;

    TenantSettingsController(Tenant tenant) {
        this.tenant = tenant;
    }

    @GetMapping
    TenantSettings show() {
        return tenant.settings();
    }

    @PatchMapping
    TenantSettings change(@RequestBody Tenant.Patch patch, Actor actor) {
        return tenant.change(patch, actor);
    }
}
