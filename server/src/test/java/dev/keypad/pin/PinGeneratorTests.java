package dev.keypad.pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.keypad.policy.PinPolicy;
import dev.keypad.policy.Purpose;

class PinGeneratorTests {

    private static final PinContext KEN = PinContext.of("4821", "tel:+14255550187");

    @Test
    void generatesTheGeneratedLengthOfThePolicy() {
        PinGenerator generator = new PinGenerator(seeded(1));
        assertThat(generator.generate(PinPolicy.defaults(Purpose.PHONE), KEN).length()).isEqualTo(5);
        assertThat(generator.generate(PinPolicy.defaults(Purpose.VOICEMAIL), KEN).length()).isEqualTo(6);
        assertThat(generator.generate(PinPolicy.defaults(Purpose.CONFERENCE), KEN).length()).isEqualTo(5);
        assertThat(generator.generate(policy(Purpose.PHONE, 24, false), KEN).length()).isEqualTo(24);
    }

    @Test
    void generatesOnlyAsciiDigits() {
        PinGenerator generator = new PinGenerator();
        for (int i = 0; i < 200; i++) {
            assertThat(generator.generate(policy(Purpose.PHONE, 12, false), KEN).reveal()).matches("[0-9]{12}");
        }
    }

    @Test
    void generatedPinsPassTheRulesWithManySeeds() {
        PinPolicy conference = policy(Purpose.CONFERENCE, 4, false);
        for (long seed = 0; seed < 2_000; seed++) {
            Pin pin = new PinGenerator(seeded(seed)).generate(conference, KEN);
            assertThat(PinRules.check(pin, conference, KEN)).as("seed %d", seed).isEmpty();
        }
    }

    @Test
    void generatedPinsAreNeverCommonPatternsEvenWhenThePolicyAllowsThem() {
        PinPolicy permissive = policy(Purpose.CONFERENCE, 4, true);
        PinPolicy strict = policy(Purpose.CONFERENCE, 4, false);
        PinGenerator generator = new PinGenerator(seeded(7));
        for (int i = 0; i < 3_000; i++) {
            assertThat(PinRules.check(generator.generate(permissive, KEN), strict, KEN)).isEmpty();
        }
    }

    @Test
    void generatedPinsAvoidHistory() {
        Set<Pin> history = new HashSet<>();
        PinPolicy conference = policy(Purpose.CONFERENCE, 4, false);
        PinGenerator generator = new PinGenerator(seeded(3));
        PinContext context = KEN.withHistory(history::contains);
        for (int i = 0; i < 1_000; i++) {
            Pin pin = generator.generate(conference, context);
            assertThat(history.add(pin)).as("generated a PIN from history").isTrue();
        }
    }

    @Test
    void spreadsOverAllDigitsInEveryPosition() {
        PinGenerator generator = new PinGenerator(seeded(11));
        int[][] counts = new int[6][10];
        for (int i = 0; i < 20_000; i++) {
            String digits = generator.generate(PinPolicy.defaults(Purpose.VOICEMAIL), PinContext.none()).reveal();
            for (int position = 0; position < digits.length(); position++) {
                counts[position][digits.charAt(position) - '0']++;
            }
        }
        for (int[] position : counts) {
            for (int count : position) {
                assertThat(count).isBetween(1_700, 2_300);
            }
        }
    }

    @Test
    void givesUpWithoutShowingAPinWhenHistoryRefusesEverything() {
        PinGenerator generator = new PinGenerator(seeded(5));
        PinContext refusingEverything = KEN.withHistory(pin -> true);
        assertThatThrownBy(() -> generator.generate(PinPolicy.defaults(Purpose.CONFERENCE), refusingEverything))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No conference PIN of 5 digits satisfied the policy in 10000 attempts;"
                        + " is the history check refusing every PIN?");
    }

    private static PinPolicy policy(Purpose purpose, int generatedLength, boolean allowCommonPatterns) {
        PinPolicy p = PinPolicy.defaults(purpose);
        return new PinPolicy(purpose, Math.min(p.minLength(), generatedLength), generatedLength, p.historyCount(),
                p.lifetimeDays(), allowCommonPatterns, p.maximumLogonAttempts(), p.logonFailuresBeforePinReset(),
                p.maxLogonAttempts(), p.resetPinText(), p.enabledText());
    }

    /** A generator whose draws depend only on the seed, so a failing seed can be replayed. */
    private static SecureRandom seeded(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(seed);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
