package dev.keypad.cli;

/** Asks the person at the terminal a question. */
@FunctionalInterface
public interface Prompt {

    /**
     * @param question shown as is, without a line break after it
     * @return the line typed, without its line break; null at end of input
     */
    String ask(String question);
}
