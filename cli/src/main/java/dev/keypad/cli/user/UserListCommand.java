package dev.keypad.cli.user;

import dev.keypad.cli.AtLeastOne;
import dev.keypad.cli.ExitCodes;
import dev.keypad.cli.KeypadSubcommand;
import dev.keypad.cli.output.Listing;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list",
    description = {"Lists the users of a selection, ordered by SIP address (GET /api/v1/users).",
        "Prints page by page as the server answers, so any number of users can be listed."},
    footer = {"%nExamples:",
        "  keypad user list",
        "  keypad user list --ou 'OU=Finance,DC=litwareinc,DC=com'",
        "  keypad user list --ldap-filter '(&(title=Manager)(l=Redmond))'",
        "  keypad user list --site Redmond --result-size 50 -o csv > redmond.csv"})
final class UserListCommand extends KeypadSubcommand {

    @Option(names = "--ou", paramLabel = "DN", description = "Only users in this OU and its child OUs.")
    private String ou;

    @Option(names = "--ldap-filter", paramLabel = "FILTER",
            description = "RFC 4515 filter over user attributes, such as '(department=Finance)'.")
    private String ldapFilter;

    @Option(names = "--site", paramLabel = "NAME", description = "Only users of this site.")
    private String site;

    @Option(names = "--result-size", paramLabel = "N", converter = AtLeastOne.class, description = "At most N users in all.")
    private Integer resultSize;

    @Override
    protected int run() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("ou", ou);
        query.put("ldapFilter", ldapFilter);
        query.put("site", site);
        query.put("resultSize", resultSize);
        query.put("limit", UserCommand.PAGE);
        try (Listing users = listing(UserCommand.COLUMNS)) {
            for (List<Map<String, Object>> page : client().pages("/users", query)) {
                page.forEach(users::add);
                users.endPage();
            }
        }
        return ExitCodes.SUCCESS;
    }
}
