package dev.keypad.cli.client;

import java.net.URI;

/** No answer came from the server: connection refused, unknown host, time-out, connection lost. */
public final class ServerUnreachableException extends RuntimeException {

    /**
     * @param server the server URL that was tried, named in the message so a wrong URL is easy to spot
     * @param reason what went wrong, in a few words
     */
    public ServerUnreachableException(URI server, String reason, Throwable cause) {
        super("cannot reach the Keypad server at " + server + ": " + reason, cause);
    }
}
