package dev.keypad.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * What the benchmark reads of the console's users page ({@code templates/console/users.html}): the
 * SIP address column of the results table, in the order shown, and the "Next page" link. Immutable.
 *
 * @param sipAddresses the users of the page, top to bottom
 * @param nextLink     the path and query of the next page, HTML-unescaped; null on the last page
 */
record ConsoleUsersPage(List<String> sipAddresses, String nextLink) {

    private static final Pattern TABLE_BODY = Pattern.compile("<table id=\"users\">.*?<tbody>(.*?)</tbody>", Pattern.DOTALL);
    /** Each row's first data cell is the SIP address; the row header before it is the display name. */
    private static final Pattern SIP_CELL = Pattern.compile("</th>\\s*<td>([^<]*)</td>");
    private static final Pattern NEXT_LINK = Pattern.compile("<a\\b[^>]*\\bid=\"next-page\"[^>]*>");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]*)\"");

    ConsoleUsersPage {
        sipAddresses = List.copyOf(sipAddresses);
    }

    /**
     * @throws IllegalStateException when the page has neither a results table nor the "no users" notice,
     *                               e.g. an error page or a form error
     */
    static ConsoleUsersPage parse(String html) {
        List<String> sipAddresses = new ArrayList<>();
        Matcher body = TABLE_BODY.matcher(html);
        if (body.find()) {
            Matcher cell = SIP_CELL.matcher(body.group(1));
            while (cell.find()) {
                sipAddresses.add(HtmlUtils.htmlUnescape(cell.group(1)));
            }
        } else if (!html.contains("id=\"no-users\"")) {
            throw new IllegalStateException("The users page has neither a results table nor 'No users match': "
                    + (html.length() <= 2000 ? html : html.substring(0, 2000) + "…"));
        }
        Matcher next = NEXT_LINK.matcher(html);
        String nextLink = null;
        if (next.find()) {
            Matcher href = HREF.matcher(next.group());
            if (!href.find()) {
                throw new IllegalStateException("The users page's Next page link has no href: " + next.group());
            }
            nextLink = HtmlUtils.htmlUnescape(href.group(1));
        }
        return new ConsoleUsersPage(sipAddresses, nextLink);
    }
}
