package dev.keypad.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pages one selection through the console's users page, following its "Next page" link, and through
 * {@code GET /api/v1/users}, following {@code next}, side by side, and checks that both show the same
 * users in the same order. The two alternate which goes first on each page, so that neither always
 * finds the rows the other just read in the database's cache. Stateless.
 */
final class ConsolePaging {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * One selection paged both ways from the same start. Immutable.
     *
     * @param start   where the run began, e.g. "first page" or "after user 900,000"
     * @param users   users seen on each side (the same on both)
     * @param console the users page's times and HTML sizes
     * @param api     the API's times and JSON sizes
     */
    record Result(ConsoleSelection selection, String start, long users, PageTimes console, PageTimes api) {
    }

    @FunctionalInterface
    private interface Fetch {
        String body() throws IOException, InterruptedException;
    }

    private ConsolePaging() {
    }

    /**
     * Fetches up to {@code pages} pages each way, fewer when the selection ends first. Only the request
     * is timed; reading the HTML and JSON afterwards is not.
     *
     * @param after the cursor to start from, as {@code next} would carry it; null for the first page
     * @throws IllegalStateException when a page fails or the two sides differ in users, order or length
     */
    static Result run(KeypadRun server, ConsoleSession console, ConsoleSelection selection, String start, String after,
                      int pages, int size) throws IOException, InterruptedException {
        long[] consoleNanos = new long[pages];
        long[] consoleBytes = new long[pages];
        long[] apiNanos = new long[pages];
        long[] apiBytes = new long[pages];
        String consolePath = selection.consolePath(size, after);
        String apiPath = selection.apiPath(size, after);
        long users = 0;
        int page = 0;
        while (page < pages && consolePath != null) {
            String htmlPath = consolePath;
            String jsonPath = apiPath;
            Fetch html = () -> console.get(htmlPath);
            Fetch json = () -> server.getText(jsonPath);
            String htmlBody;
            String jsonBody;
            if (page % 2 == 0) {
                htmlBody = timed(html, page, consoleNanos, consoleBytes);
                jsonBody = timed(json, page, apiNanos, apiBytes);
            } else {
                jsonBody = timed(json, page, apiNanos, apiBytes);
                htmlBody = timed(html, page, consoleNanos, consoleBytes);
            }
            ConsoleUsersPage shown = ConsoleUsersPage.parse(htmlBody);
            JsonNode listed = JSON.readTree(jsonBody);
            List<String> listedSips = new ArrayList<>();
            listed.get("items").forEach(user -> listedSips.add(user.get("sipAddress").asString()));
            String next = listed.get("next").isNull() ? null : listed.get("next").asString();
            if (!shown.sipAddresses().equals(listedSips) || (shown.nextLink() == null) != (next == null)) {
                throw new IllegalStateException(selection.label() + " (" + start + "), page " + (page + 1)
                        + ": the console showed " + shown.sipAddresses().size() + " users " + range(shown.sipAddresses())
                        + (shown.nextLink() == null ? " and no next page" : " and a next page")
                        + ", the API listed " + listedSips.size() + " " + range(listedSips)
                        + (next == null ? " and no next page" : " and a next page")
                        + "; first difference at " + firstDifference(shown.sipAddresses(), listedSips));
            }
            users += listedSips.size();
            page++;
            consolePath = shown.nextLink();
            apiPath = next == null ? null : selection.apiPath(size, next);
        }
        return new Result(selection, start, users,
                new PageTimes(Arrays.copyOf(consoleNanos, page), Arrays.copyOf(consoleBytes, page)),
                new PageTimes(Arrays.copyOf(apiNanos, page), Arrays.copyOf(apiBytes, page)));
    }

    private static String timed(Fetch fetch, int page, long[] nanos, long[] bytes) throws IOException, InterruptedException {
        long start = System.nanoTime();
        String body = fetch.body();
        nanos[page] = System.nanoTime() - start;
        bytes[page] = body.length();
        return body;
    }

    private static String range(List<String> sipAddresses) {
        return sipAddresses.isEmpty() ? "(none)" : "(" + sipAddresses.get(0) + " … " + sipAddresses.get(sipAddresses.size() - 1) + ")";
    }

    private static String firstDifference(List<String> shown, List<String> listed) {
        for (int i = 0; i < Math.max(shown.size(), listed.size()); i++) {
            String a = i < shown.size() ? shown.get(i) : "(nothing)";
            String b = i < listed.size() ? listed.get(i) : "(nothing)";
            if (!a.equals(b)) {
                return "row " + (i + 1) + ": console " + a + ", API " + b;
            }
        }
        return "the next-page links";
    }
}
