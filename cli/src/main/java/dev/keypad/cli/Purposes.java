package dev.keypad.cli;

import java.util.Iterator;
import java.util.List;

/**
 * The PIN purposes of SPEC §3, offered by shell completion after {@code --purpose}. Only offered: the server
 * decides which purposes exist and refuses an unknown one.
 */
public final class Purposes implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return List.of("phone", "voicemail", "conference").iterator();
    }
}
