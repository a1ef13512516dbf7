package dev.keypad.web;

import jakarta.servlet.http.HttpServletRequest;

/** Where a request came from, as the audit log records it: the address and the client. */
final class RequestSource {

    private RequestSource() {
    }

    /** @return e.g. {@code 127.0.0.1 keypad-cli/0.1.0}; the client part cut to 120 printable characters */
    static String of(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return request.getRemoteAddr() + (agent == null ? "" : " " + abbreviate(agent));
    }

    private static String abbreviate(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 120 ? printable.substring(0, 120) : printable;
    }
}
