package dev.keypad.cli.client;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The pages of a cursor-paged listing ({@code {"items": [...], "next": cursor}}), each fetched only when
 * the previous one has been consumed, so a listing of any size is printed without being held in memory.
 */
public final class Pages implements Iterable<List<Map<String, Object>>> {

    private final KeypadClient client;
    private final String path;
    private final Map<String, ?> query;

    Pages(KeypadClient client, String path, Map<String, ?> query) {
        this.client = client;
        this.path = path;
        this.query = query;
    }

    @Override
    public Iterator<List<Map<String, Object>>> iterator() {
        return new Iterator<>() {
            private String after;
            private boolean last;

            @Override
            public boolean hasNext() {
                return !last;
            }

            @Override
            public List<Map<String, Object>> next() {
                if (last) {
                    throw new NoSuchElementException();
                }
                Map<String, Object> parameters = new LinkedHashMap<>(query);
                parameters.put("after", after);
                Map<String, Object> page = client.get(path, parameters);
                after = page.get("next") instanceof String cursor && !cursor.isEmpty() ? cursor : null;
                last = after == null;
                return items(page);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Map<String, Object> page) {
        if (page.get("items") instanceof List<?> items) {
            return (List<Map<String, Object>>) items;
        }
        return List.of();
    }
}
