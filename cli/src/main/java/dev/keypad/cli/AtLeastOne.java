package dev.keypad.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a count option such as {@code --result-size}: a whole number of 1 or more. Checked here,
 * so every listing refuses 0 as a usage error (exit 2) without asking the server.
 */
public final class AtLeastOne implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String text) {
        int count;
        try {
            count = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
        if (count < 1) {
            throw new TypeConversionException("must be at least 1, was " + count);
        }
        return count;
    }
}
