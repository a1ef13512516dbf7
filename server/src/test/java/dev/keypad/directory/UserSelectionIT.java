package dev.keypad.directory;

import static dev.keypad.testing.Users.aUser;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;

import dev.keypad.testing.Api;
import dev.keypad.testing.OnBothDatabases;

/** Selections (SPEC §2): OU with child OUs, RFC 4515 filters, site, result size and paging. */
class UserSelectionIT extends OnBothDatabases {

    private static final String DOMAIN = "select.test";
    private static final String ROOT = "DC=select,DC=test";


    @BeforeParameterizedClassInvocation
    void addUsers() {
        add("anna", "OU=Finance,OU=Redmond," + ROOT, "Manager", "Finance", "Redmond", "SelRedmond");
        add("bert", "OU=Finance,OU=Redmond," + ROOT, "Clerk", "Finance", "Redmond", "SelRedmond");
        add("carl", "OU=Audit,OU=Finance,OU=Redmond," + ROOT, "Auditor", "Finance", "Redmond", "SelRedmond");
        add("dora", "OU=Sales,OU=Redmond," + ROOT, "Manager", "Sales", "Redmond", "SelRedmond");
        add("emil", "OU=Finance,OU=Dublin," + ROOT, "Manager", "Finance", "Dublin", "SelDublin");
        add("fred", "OU=Finance2,OU=Redmond," + ROOT, null, "Finance", "Redmond", "SelRedmond");
    }

    private void add(String name, String ou, String title, String department, String city, String site) {
        var user = aUser(name, DOMAIN).withDn("CN=" + name + "," + ou).with("department", department)
                .with("city", city).with("site", site);
        if (title != null) {
            user.with("title", title);
        }
        user.addTo(server);
    }

    @Test
    void ouSelectsThatOuAndEveryChildOuButNoLookAlike() {
        assertThat(names(Map.of("ou", "OU=Finance,OU=Redmond," + ROOT))).containsExactly("anna", "bert", "carl");
        assertThat(names(Map.of("ou", "ou=redmond, dc=select, dc=test"))).containsExactly("anna", "bert", "carl", "dora", "fred");
        assertThat(names(Map.of("ou", "OU=Audit,OU=Finance,OU=Redmond," + ROOT))).containsExactly("carl");
        assertThat(names(Map.of("ou", "OU=Nowhere," + ROOT))).isEmpty();
    }

    @Test
    void ldapFiltersSelectInSql() {
        String inDomain = "(sipAddress=*@select.test)";
        assertThat(names(Map.of("ldapFilter", "(&" + inDomain + "(department=Finance)(l=Redmond))")))
                .containsExactly("anna", "bert", "carl", "fred");
        assertThat(names(Map.of("ldapFilter", "(&" + inDomain + "(|(title=Manager)(title=Auditor)))")))
                .containsExactly("anna", "carl", "dora", "emil");
        assertThat(names(Map.of("ldapFilter", "(&" + inDomain + "(!(title=*)))"))).containsExactly("fred");
        assertThat(names(Map.of("ldapFilter", "(&" + inDomain + "(title=*anag*))"))).containsExactly("anna", "dora", "emil");
        assertThat(names(Map.of("ldapFilter", "(&" + inDomain + "(TITLE=manager)(!(department=sales)))"))).containsExactly("anna", "emil");
    }

    @Test
    void selectionsCombineWithSiteAndResultSize() {
        assertThat(names(Map.of("site", "seldublin"))).containsExactly("emil");
        assertThat(names(Map.of("ou", "OU=Redmond," + ROOT, "ldapFilter", "(title=Manager)"))).containsExactly("anna", "dora");
        assertThat(names(Map.of("ou", ROOT, "resultSize", "4"))).containsExactly("anna", "bert", "carl", "dora");
    }

    @Test
    void pagesFollowEachOtherInStableOrderWithoutGapsOrRepeats() {
        List<String> paged = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, String> query = new java.util.HashMap<>(Map.of("ou", ROOT, "limit", "2", "resultSize", "5"));
            if (after != null) {
                query.put("after", after);
            }
            var page = api.get("/api/v1/users", query).json();
            page.get("items").forEach(user -> paged.add(user.get("displayName").asString()));
            after = page.get("next").isNull() ? null : page.get("next").asString();
            pages++;
        } while (after != null);
        assertThat(paged).containsExactly("anna", "bert", "carl", "dora", "emil");
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void malformedSelectionsAreClearErrors() {
        Api.Response filter = api.get("/api/v1/users", Map.of("ldapFilter", "(&(title=Manager)"));
        assertThat(filter.status()).isEqualTo(400);
        assertThat(filter.json().get("type").asString()).endsWith("/invalid-ldap-filter");
        assertThat(filter.json().get("detail").asString()).startsWith("LDAP filter:");
        Api.Response attribute = api.get("/api/v1/users", Map.of("ldapFilter", "(titel=Manager)"));
        assertThat(attribute.json().get("detail").asString()).contains("titel");
        assertThat(api.get("/api/v1/users", Map.of("ou", "not a dn")).json().get("field").asString()).isEqualTo("ou");
        assertThat(api.get("/api/v1/users", Map.of("resultSize", "0")).json().get("field").asString()).isEqualTo("resultSize");
        assertThat(api.get("/api/v1/users", Map.of("limit", "5000")).json().get("field").asString()).isEqualTo("limit");
        assertThat(api.get("/api/v1/users", Map.of("after", "garbage!")).json().get("field").asString()).isEqualTo("after");
        assertThat(api.get("/api/v1/users", Map.of("resultSize", "many")).status()).isEqualTo(400);
    }

    private List<String> names(Map<String, String> query) {
        Api.Response response = api.get("/api/v1/users", query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        response.json().get("items").forEach(user -> names.add(user.get("displayName").asString()));
        return names;
    }
}
