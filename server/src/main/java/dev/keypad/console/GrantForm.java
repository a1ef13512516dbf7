package dev.keypad.console;

import java.util.List;

/**
 * The "Grant to users" form of a tag policy's page, kept as typed so a page with errors shows it again.
 *
 * @param identities one identity per line; blank lines are ignored
 */
record GrantForm(String identities) {

    static GrantForm empty() {
        return new GrantForm("");
    }

    List<String> identityList() {
        return identities == null ? List.of()
                : identities.lines().map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
    }
}
