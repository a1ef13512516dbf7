package dev.keypad.cli.policy;

import dev.keypad.cli.BadInputException;
import dev.keypad.cli.BulkCommand;
import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.Identities;
import dev.keypad.cli.MutatingCommand;
import dev.keypad.cli.Outcomes;
import dev.keypad.cli.Progress;
import dev.keypad.cli.PurposeOption;
import dev.keypad.cli.client.KeypadClient;
import dev.keypad.cli.output.Columns;
import dev.keypad.cli.output.Listing;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "grant",
    description = {"Grants a tag PIN policy to users, or takes their grant away (POST"
        + " /api/v1/policies/{purpose}/grants), and prints one result per user.",
        "Identities from standard input are sent 500 at a time. Prints 'changed N, unchanged N, failed N' on"
            + " standard error at the end; exits 1 if a user failed."},
    footer = {"%nExamples:",
        "  keypad policy grant --purpose phone kenmyer@litwareinc.com --policy executives",
        "  keypad policy grant --purpose voicemail 'Pilar*' --none --confirm",
        "  keypad user list --ldap-filter '(title=Manager)' -o jsonl \\",
        "      | keypad policy grant --purpose phone - --policy managers"})
final class PolicyGrantCommand extends MutatingCommand {

    private static final Columns COLUMNS = Columns.of(List.of("identity", "outcome", "detail"));

    @Mixin
    private PurposeOption purpose;

    @Parameters(paramLabel = "IDENTITY", arity = "1..*",
            description = "Users to grant to; '-' reads identities (or JSON objects with an identity field) from"
                    + " standard input, one per line.")
    private List<String> identities;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Grant grant;

    static final class Grant {
        @Option(names = "--policy", paramLabel = "NAME", required = true,
                description = "The tag policy to grant: NAME or tag:NAME.")
        private String policy;

        @Option(names = "--none", required = true,
                description = "Take the grant away: the users fall back to their site's policy or the global one.")
        private boolean none;
    }

    @Override
    protected int mutate() {
        String policy = grant.none ? null : tagName(grant.policy);
        String path = "/policies/" + KeypadClient.segment(purpose.value()) + "/grants";
        String what = policy == null ? "Take the " + purpose.value() + " policy grant away from "
                : "Grant the " + purpose.value() + " policy tag:" + policy + " to ";
        Outcomes outcomes = new Outcomes(err(), force() || whatIf());
        Identities targets = new Identities(identities, environment());
        Progress progress = progress("identities done", targets.count());
        try (Listing results = listing(COLUMNS); progress) {
            Iterator<List<String>> chunks = targets.chunks(BulkCommand.CHUNK).iterator();
            while (chunks.hasNext() && !quitting()) {
                List<String> chunk = chunks.next();
                if (confirm() || whatIf()) {
                    progress.clear(); // questions or the requests that would be sent follow on the terminal
                }
                List<String> approved = new ArrayList<>();
                for (String identity : chunk) {
                    if (whatIf() || approve(what + identity + "?")) {
                        approved.add(identity);
                    } else {
                        outcomes.declined();
                    }
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("identities", approved);
                body.put("policy", policy);
                if (approved.isEmpty()) {
                    continue;
                }
                if (whatIf()) {
                    proceed(null, "POST", uri(path), body); // prints the request; the grants API has no what-if
                    continue;
                }
                long failedBefore = outcomes.failed();
                Map<String, Object> answer = client().send("POST", path, body);
                progress.clear();
                print(answer, results, outcomes);
                progress.advance(chunk.size());
                if (outcomes.failed() > failedBefore && !force() && chunks.hasNext()) {
                    progress.close();
                    err().println("keypad: stopped after a failure: the identities after this chunk were not sent;"
                            + " give --force to go on past failures");
                    break;
                }
            }
        }
        return whatIf() ? ExitCodes.SUCCESS : outcomes.finish(false);
    }

    /** The API takes the tag's name; {@code tag:NAME} is accepted too, as 'policy list' prints it. */
    private static String tagName(String policy) {
        String name = policy.strip();
        if (name.regionMatches(true, 0, "tag:", 0, 4)) {
            name = name.substring(4).strip();
        }
        if (name.isEmpty() || name.contains(":") || name.toLowerCase(Locale.ROOT).equals("global")) {
            throw new BadInputException("--policy '" + policy + "' is not the name of a tag policy; site and global"
                    + " policies apply without a grant");
        }
        return name;
    }

    private static void print(Map<String, Object> answer, Listing results, Outcomes outcomes) {
        if (answer.get("results") instanceof List<?> list) {
            for (Object item : list) {
                @SuppressWarnings("unchecked")
                Map<String, Object> result = (Map<String, Object>) item;
                results.add(result);
                outcomes.add(result);
            }
        }
        results.endPage();
    }
}
