package dev.keypad.directory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import dev.keypad.InvalidInputException;

/**
 * Where a listing in SIP-address order goes on: how many users the pages before returned (for
 * {@code resultSize}) and the last SIP key. Opaque to callers, who pass back the {@code next}
 * they were given. Immutable.
 */
public record ListingCursor(int count, String lastSipKey) {

    public static final ListingCursor START = new ListingCursor(0, null);

    /**
     * @throws InvalidInputException naming {@code after} when the text is no cursor this server made
     */
    public static ListingCursor decode(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return new ListingCursor(Integer.parseInt(decoded.substring(0, colon)), decoded.substring(colon + 1));
        } catch (IllegalArgumentException | StringIndexOutOfBoundsException e) {
            throw new InvalidInputException("after", "after is not a cursor this server handed out");
        }
    }

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((count + ":" + lastSipKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor after a page of {@code size} rows ending at {@code sipKey}. */
    public ListingCursor next(int size, String sipKey) {
        return new ListingCursor(count + size, sipKey);
    }

    /** How many rows the next page may have, given a page size and the selection's result size (or null). */
    public int pageSize(int limit, Integer resultSize) {
        return resultSize == null ? limit : Math.min(limit, resultSize - count);
    }
}
