package dev.keypad.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --purpose} option of the commands that act on one purpose's PINs or policies, as a picocli mixin:
 * {@code @Mixin PurposeOption purpose}. Which purposes exist is the server's to say; completion offers
 * {@link Purposes}. {@link #toString()} is the value, so messages may concatenate it.
 */
public final class PurposeOption {

    @Option(names = "--purpose", paramLabel = "PURPOSE", completionCandidates = Purposes.class, required = true,
            description = "phone, voicemail or conference.")
    private String purpose;

    /** The purpose as given, e.g. {@code voicemail}. */
    public String value() {
        return purpose;
    }

    @Override
    public String toString() {
        return purpose;
    }
}
