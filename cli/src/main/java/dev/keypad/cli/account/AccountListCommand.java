package dev.keypad.cli.account;

import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.output.Listing;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

@Command(name = "list",
    description = "Lists the API accounts (GET /api/v1/accounts).",
    footer = {"%nExamples:", "  keypad account list", "  keypad account list -o json"})
final class AccountListCommand extends KeypadSubcommand {

    @Override
    protected int run() {
        try (Listing accounts = listing(AccountCommand.COLUMNS)) {
            for (List<Map<String, Object>> page : client().pages("/accounts", Map.of())) {
                page.forEach(accounts::add);
                accounts.endPage();
            }
        }
        return ExitCodes.SUCCESS;
    }
}
