package dev.keypad.pin;

import java.security.SecureRandom;
import java.util.Objects;

import dev.keypad.policy.PinPolicy;

/**
 * Makes PINs nobody chose (SPEC §3.2): {@code generatedLength} digits, each drawn uniformly from
 * a {@link SecureRandom}, drawn again until the PIN satisfies the whole policy. The pattern rules
 * apply even where a policy allows common patterns, because a machine has no reason to pick
 * one. Thread-safe: it holds no state but the generator, and {@link SecureRandom} is thread-safe.
 */
public final class PinGenerator {

    /** Far more than needed: even four digits leave thousands of acceptable PINs. */
    static final int MAX_ATTEMPTS = 10_000;

    private final SecureRandom random;

    /** Draws from a new {@link SecureRandom} with the platform's default algorithm. */
    public PinGenerator() {
        this(new SecureRandom());
    }

    /** Draws from {@code random}; tests pass a seeded one. */
    public PinGenerator(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * @param context the user's numbers and, for PINs that must not repeat history, the predicate
     * @return a PIN of {@code policy.generatedLength()} digits that breaks none of the rules
     * @throws IllegalStateException when no acceptable PIN turned up in {@value #MAX_ATTEMPTS}
     *                               draws, which only a history predicate refusing nearly every
     *                               PIN can cause
     */
    public Pin generate(PinPolicy policy, PinContext context) {
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(context, "context");
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Pin candidate = draw(policy.generatedLength());
            if (PinRules.check(candidate, policy, context, true).isEmpty()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No " + policy.purpose().jsonName() + " PIN of " + policy.generatedLength()
                + " digits satisfied the policy in " + MAX_ATTEMPTS + " attempts; is the history check refusing"
                + " every PIN?");
    }

    private Pin draw(int length) {
        char[] digits = new char[length];
        for (int i = 0; i < length; i++) {
            // nextInt(bound) rejects out-of-range draws instead of taking a remainder: no bias.
            digits[i] = (char) ('0' + random.nextInt(10));
        }
        return Pin.of(new String(digits));
    }
}
