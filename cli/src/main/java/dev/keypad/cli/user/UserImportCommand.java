package dev.keypad.cli.user;

import dev.keypad.cli.BadInputException;
import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.MutatingCommand;
import dev.keypad.cli.Progress;
import dev.keypad.cli.output.Columns;
import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import",
    description = {"Creates and updates users from a CSV file (POST /api/v1/users/import) and prints the summary.",
        "The first row names the columns: sipAddress and displayName are required; userPrincipalName, logonName, "
            + "distinguishedName, email, lineUri, extension, site, title, department, city (or l), company are "
            + "optional. Rows are upserted by SIP address; an empty cell clears a field. The file is streamed, "
            + "not loaded into memory; on a terminal, standard error shows the lines sent. Exits 1 when a row"
            + " failed, after naming each one."},
    footer = {"%nExamples:",
        "  keypad user import users.csv",
        "  keypad user list --site Lab -o csv | sed 's/,Lab,/,Oslo,/' \\",
        "      | keypad user import -"})
final class UserImportCommand extends MutatingCommand {

    private static final Columns SUMMARY = Columns.of(List.of("created", "updated", "unchanged", "failed"));

    @Parameters(paramLabel = "FILE", description = "The CSV file; '-' reads it from standard input.")
    private String file;

    @Override
    protected int mutate() throws Exception {
        BodyPublisher csv;
        String description;
        Path path = "-".equals(file) ? null : Path.of(file);
        if (path == null) {
            csv = BodyPublishers.ofInputStream(() -> environment().stdin());
            description = "(text/csv from standard input)";
        } else {
            try {
                csv = BodyPublishers.ofFile(path);
            } catch (FileNotFoundException e) {
                throw new BadInputException("cannot read " + file + ": no such file");
            }
            description = "(text/csv from " + path + ", " + Files.size(path) + " bytes)";
        }
        if (!proceed("Import users from " + file + "?", "POST", uri("/users/import"), description)) {
            return ExitCodes.SUCCESS;
        }
        // a file is read once more to count its lines, for the time left, but only where progress is shown
        OptionalLong lines = path != null && environment().errTerminal()
                ? OptionalLong.of(CsvUpload.lines(path)) : OptionalLong.empty();
        Map<String, Object> summary;
        try (Progress progress = progress("lines sent", lines)) {
            summary = client().postCsv("/users/import", new CsvUpload(csv, progress));
        }
        print(SUMMARY, summary);
        if (summary.get("errors") instanceof List<?> errors) {
            errors.forEach(error -> err().println("keypad: line " + ((Map<?, ?>) error).get("line") + ": "
                    + ((Map<?, ?>) error).get("reason")));
        }
        if (summary.get("failed") instanceof Number failed && failed.longValue() > 0) {
            err().println("keypad: " + failed + (failed.longValue() == 1 ? " row" : " rows") + " failed;"
                    + " the others were imported");
            return ExitCodes.FAILURE;
        }
        return ExitCodes.SUCCESS;
    }
}
