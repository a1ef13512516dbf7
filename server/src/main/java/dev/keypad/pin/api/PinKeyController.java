package dev.keypad.pin.api;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import dev.keypad.InvalidInputException;
import dev.keypad.pin.PinKeyRing;

/**
 * Rotates the PIN key ({@code POST /api/v1/pin-keys/rotate}): new PINs use the new key at once,
 * old ones move to it at their next successful sign-in.
 */
@RestController
class PinKeyController {

    private final PinKeyRing keyRing;

    PinKeyController(PinKeyRing keyRing) {
        this.keyRing = keyRing;
    }

    @PostMapping("/api/v1/pin-keys/rotate")
    Rotated rotate() {
        try {
            return new Rotated(keyRing.rotate());
        } catch (IllegalStateException e) {
            throw new InvalidInputException("keypad.pin-keys", e.getMessage());
        }
    }

    record Rotated(int currentVersion) {
    }
}
