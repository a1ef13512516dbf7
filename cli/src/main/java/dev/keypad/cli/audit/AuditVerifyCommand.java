package dev.keypad.cli.audit;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.output.Columns;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "verify",
    description = {"Checks the audit log's hash chain for tampering (GET /api/v1/audit/verify).",
        "Exits 0 when the log is intact, 1 when it is not, naming the first bad record."},
    footer = {"%nExamples:", "  keypad audit verify", "  keypad audit verify -o json"})
final class AuditVerifyCommand extends KeypadSubcommand {

    private static final Columns COLUMNS = Columns.of(List.of("intact", "records", "firstBadSeq", "problem"));

    @Override
    protected int run() {
        Map<String, Object> verdict = client().get("/audit/verify", Map.of());
        print(COLUMNS, verdict);
        if (Boolean.TRUE.equals(verdict.get("intact"))) {
            return ExitCodes.SUCCESS;
        }
        err().println("keypad: the audit log is not intact at record " + verdict.get("firstBadSeq") + ": "
                + verdict.get("problem"));
        return ExitCodes.FAILURE;
    }
}
