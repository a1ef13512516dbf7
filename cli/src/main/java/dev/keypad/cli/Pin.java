package dev.keypad.cli;

import picocli.CommandLine.ITypeConverter;

/**
 * A PIN given to an option such as {@code --pin}: the digits as typed, or {@code -} for a line of standard
 * input (see {@link PinInput}). {@link #toString()} is masked, so that no message, exception or picocli trace
 * can show the PIN. Immutable.
 */
public final class Pin {

    private static final String STANDARD_INPUT = "-";

    private final String typed;

    private Pin(String typed) {
        this.typed = typed;
    }

    /** True for {@code -}: the PIN is the next line of standard input, out of sight of ps and shell history. */
    public boolean fromStandardInput() {
        return STANDARD_INPUT.equals(typed);
    }

    /** The text given on the command line; read only by {@link PinInput}. */
    String typed() {
        return typed;
    }

    @Override
    public String toString() {
        return "*****";
    }

    /** Keeps the text as it is: whether it is a valid PIN is the server's policy to say. */
    public static final class Converter implements ITypeConverter<Pin> {
        @Override
        public Pin convert(String value) {
            return new Pin(value);
        }
    }
}
