package dev.keypad.cli.pin;

import dev.keypad.cli.AtLeastOne;
import dev.keypad.cli.BadInputException;
import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.Identities;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.PurposeOption;
import dev.keypad.cli.TargetFailures;
import dev.keypad.cli.output.Listing;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "info",
    description = {"Shows PIN state (GET /api/v1/pins): set, locked out and why, must change, expired, failure"
        + " counters, last change. Never the PIN itself.",
        "With identities, the users they name (a display-name wildcard names several); with selection options,"
            + " that selection; with neither, every user. Prints page by page as the server answers."},
    footer = {"%nExamples:",
        "  keypad pin info kenmyer@litwareinc.com --purpose phone",
        "  keypad pin info --purpose voicemail --where locked --site Redmond",
        "  keypad pin info --purpose phone --ldap-filter '(department=Finance)' -o csv",
        "  keypad pin info --purpose phone -o jsonl | jq -c 'select(.isLockedOut)' \\",
        "      | keypad pin unlock --purpose phone -"})
final class PinInfoCommand extends KeypadSubcommand {

    @Parameters(paramLabel = "IDENTITY", arity = "0..*",
            description = "Users to show; '-' reads identities (or JSON objects with an identity field) from"
                    + " standard input, one per line.")
    private List<String> identities = new ArrayList<>();

    @Mixin
    private PurposeOption purpose;

    @Mixin
    private Selection selection;

    @Option(names = "--result-size", paramLabel = "N", converter = AtLeastOne.class, description = "At most N PINs of the selection in all.")
    private Integer resultSize;

    @Override
    protected int run() {
        Identities targets = new Identities(identities, environment());
        if (!targets.isEmpty() && (selection.isGiven() || resultSize != null)) {
            throw new BadInputException("give identities or selection options (--ou, --ldap-filter, --site, --where,"
                    + " --result-size), not both");
        }
        try (Listing pins = listing(PinCommand.INFO)) {
            if (targets.isEmpty()) {
                Map<String, Object> query = new LinkedHashMap<>();
                query.put("purpose", purpose.value());
                query.putAll(selection.fields());
                query.put("resultSize", resultSize);
                query.put("limit", PinCommand.PAGE);
                print(query, pins);
                return ExitCodes.SUCCESS;
            }
            TargetFailures failures = new TargetFailures(err(), false);
            for (String identity : targets) {
                Map<String, Object> query = new LinkedHashMap<>();
                query.put("purpose", purpose.value());
                query.put("identity", identity);
                query.put("limit", PinCommand.PAGE);
                failures.attempt(identity, () -> print(query, pins));
            }
            return failures.exitCode();
        }
    }

    private void print(Map<String, Object> query, Listing pins) {
        for (List<Map<String, Object>> page : client().pages("/pins", query)) {
            page.forEach(pins::add);
            pins.endPage();
        }
    }
}
