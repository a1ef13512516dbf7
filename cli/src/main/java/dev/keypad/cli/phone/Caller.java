package dev.keypad.cli.phone;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * How the call names the caller, exactly one way: an extension (with its site, where extension numbers repeat
 * across sites), a line URI, or an identity. Picocli enforces the "exactly one", so a mistake is a usage error.
 */
final class Caller {

    @ArgGroup(exclusive = false)
    private Extension extension;

    @Option(names = "--line-uri", paramLabel = "URI", required = true,
            description = "The caller's line URI, such as tel:+14255550100.")
    private String lineUri;

    @Option(names = "--identity", paramLabel = "IDENTITY", required = true,
            description = "The caller's identity: SIP address, UPN, DOMAIN\\logon, display name or DN.")
    private String identity;

    static final class Extension {
        @Option(names = "--extension", paramLabel = "N", required = true,
                description = "The caller's extension, such as 0100.")
        private String number;

        @Option(names = "--site", paramLabel = "NAME", description = "The site of the extension.")
        private String site;
    }

    /** The request members that name the caller: extension (and site), lineUri or identity. */
    Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (extension != null) {
            fields.put("extension", extension.number);
            fields.put("site", extension.site);
        }
        fields.put("lineUri", lineUri);
        fields.put("identity", identity);
        fields.values().removeIf(value -> value == null);
        return fields;
    }

    /** The caller in words, for the --confirm question. */
    String describe() {
        if (extension != null) {
            return "extension " + extension.number + (extension.site == null ? "" : " at " + extension.site);
        }
        return lineUri != null ? lineUri : identity;
    }
}
