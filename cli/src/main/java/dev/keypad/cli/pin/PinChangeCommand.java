package dev.keypad.cli.pin;

import dev.keypad.cli.BadInputException;
import dev.keypad.cli.BulkCommand;
import dev.keypad.cli.Identities;
import dev.keypad.cli.PurposeOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code pin set|lock|unlock}: {@code POST /api/v1/pins/{verb}} over identities or a server-side selection, as
 * {@link BulkCommand} sends them; results carry the purpose, and a generated PIN first.
 */
abstract class PinChangeCommand extends BulkCommand {

    @Parameters(paramLabel = "IDENTITY", arity = "0..*",
            description = "Users whose PIN to change; '-' reads identities (or JSON objects with an identity field,"
                    + " as 'pin info -o jsonl' prints) from standard input, one per line.")
    private List<String> identities = new ArrayList<>();

    @Mixin
    private PurposeOption purpose;

    @Mixin
    private Selection selection;

    /** {@code set}, {@code lock} or {@code unlock}: the last segment of the path. */
    protected abstract String verb();

    /** What --confirm asks to do, such as "Unlock"; the question goes on "the phone PIN of sip:…?". */
    protected abstract String action();

    /** The request's members besides purpose, targets and whatIf; may read standard input ({@code --pin -}). */
    protected abstract Map<String, Object> options();

    @Override
    protected final Identities targets() {
        Identities targets = new Identities(identities, environment());
        if (targets.isEmpty() && !selection.isGiven()) {
            throw new BadInputException("name the PINs to " + verb() + ": identities, '-' for standard input, or a"
                    + " selection (--ou, --ldap-filter, --site, --where); there is no implicit 'everyone'");
        }
        if (!targets.isEmpty() && selection.isGiven()) {
            throw new BadInputException("give identities or selection options (--ou, --ldap-filter, --site,"
                    + " --where), not both");
        }
        return targets;
    }

    @Override
    protected final Map<String, Object> selection() {
        return selection.fields();
    }

    @Override
    protected final String path() {
        return "/pins/" + verb();
    }

    @Override
    protected final Map<String, Object> request() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("purpose", purpose.value());
        request.putAll(options());
        return request;
    }

    @Override
    protected final String question(String identity) {
        return action() + " the " + purpose.value() + " PIN of " + identity + "?";
    }

    /**
     * One target's result under the keys scripts rely on (identity, purpose, pin, outcome, detail), then the
     * server's other members as they are; {@code pin} only when the server generated one, shown this once.
     */
    @Override
    protected final Map<String, Object> record(Map<String, Object> result) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("identity", result.get("identity"));
        record.put("purpose", result.get("purpose") != null ? result.get("purpose") : purpose.value());
        if (result.get("pin") != null) {
            record.put("pin", result.get("pin"));
        }
        record.put("outcome", result.get("outcome"));
        record.put("detail", result.get("detail"));
        result.forEach((member, value) -> {
            if (!member.equals("pin")) {
                record.putIfAbsent(member, value);
            }
        });
        return record;
    }
}
