package dev.keypad.directory.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keypad.directory.InvalidLdapFilterException;
import dev.keypad.directory.LdapFilter;
import dev.keypad.directory.jdbc.FilterSql.SqlCondition;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilterSqlTests {

    private static final String TITLE_EQUALS = "(u.title IS NOT NULL AND LOWER(u.title) = ?)";

    private Connection connection;

    @Test
    void comparesCaseInsensitivelyAndNeverYieldsNull() {
        assertTranslation("(title=Manager)", TITLE_EQUALS, "manager");
        assertTranslation("(displayName=Ken Myer)", "(u.display_key IS NOT NULL AND u.display_key = ?)", "ken myer");
        assertTranslation("(DEPARTMENT=Finance)", "(u.department IS NOT NULL AND LOWER(u.department) = ?)", "finance");
    }

    @Test
    void treatsApproximateMatchAsEquality() {
        assertTranslation("(title~=Manager)", TITLE_EQUALS, "manager");
    }

    @Test
    void comparesOrderingAsStrings() {
        assertTranslation("(extension>=2000)", "(u.extension IS NOT NULL AND u.extension >= ?)", "2000");
        assertTranslation("(ipPhone<=2999)", "(u.extension IS NOT NULL AND u.extension <= ?)", "2999");
    }

    @Test
    void addsTheSipSchemeWhereTheValueStartsTheAddress() {
        String equals = "(u.sip_key IS NOT NULL AND u.sip_key = ?)";
        assertTranslation("(sipAddress=KenMyer@Litwareinc.com)", equals, "sip:kenmyer@litwareinc.com");
        assertTranslation("(msRTCSIP-PrimaryUserAddress=SIP:kenmyer@litwareinc.com)", equals, "sip:kenmyer@litwareinc.com");
        String like = "(u.sip_key IS NOT NULL AND u.sip_key LIKE ? ESCAPE '\\')";
        assertTranslation("(sipAddress=ken*)", like, "sip:ken%");
        assertTranslation("(sipAddress=*@Litwareinc.com)", like, "%@litwareinc.com");
    }

    @Test
    void treatsPresenceAsNeitherNullNorEmpty() {
        assertTranslation("(site=*)", "(u.site_key IS NOT NULL AND u.site_key <> '')");
        assertTranslation("(mail=*)", "(u.email IS NOT NULL AND LOWER(u.email) <> '')");
    }

    @Test
    void translatesSubstringsToLikeWithEscapedWildcards() {
        String like = "(u.display_key IS NOT NULL AND u.display_key LIKE ? ESCAPE '\\')";
        assertTranslation("(cn=Ab*Cd*ef)", like, "ab%cd%ef");
        assertTranslation("(cn=*a*b*)", like, "%a%b%");
        assertTranslation("(cn=100%_\\5c*)", like, "100\\%\\_\\\\%");
    }

    @Test
    void takesTheAccountNameAfterTheDomain() {
        assertTranslation("(sAMAccountName=KenMyer)",
                "(u.logon_key IS NOT NULL AND SUBSTRING(u.logon_key FROM POSITION('\\' IN u.logon_key) + 1) = ?)",
                "kenmyer");
    }

    @Test
    void nestsAndOrNotInParentheses() {
        assertTranslation("(&(l=Redmond)(|(title=a)(!(title=b))))",
                "((u.city IS NOT NULL AND LOWER(u.city) = ?) AND (" + TITLE_EQUALS + " OR (NOT " + TITLE_EQUALS + ")))",
                "redmond", "a", "b");
        assertTranslation("(&(title=a))", TITLE_EQUALS, "a");
    }

    @Test
    void rejectsUnknownAttributeAtItsPosition() {
        assertThatThrownBy(() -> FilterSql.toSql("(&(l=Redmond)(titel=Manager))"))
                .isInstanceOfSatisfying(InvalidLdapFilterException.class, e -> {
                    assertThat(e.position()).isEqualTo(14);
                    assertThat(e.getMessage()).startsWith("LDAP filter: unknown attribute 'titel' at position 14 "
                            + "(known: sipAddress, msRTCSIP-PrimaryUserAddress, displayName, cn, name,");
                });
    }

    @Test
    void rejectsUnknownAttributeOfAParsedFilterAtItsCanonicalPosition() {
        LdapFilter filter = LdapFilter.parse("  &(l=Redmond)(titel=Manager)");
        assertThatThrownBy(() -> FilterSql.toSql(filter))
                .isInstanceOfSatisfying(InvalidLdapFilterException.class, e -> assertThat(e.position()).isEqualTo(14));
    }

    @Test
    void selectsUsersInAnH2Database() throws SQLException {
        assertSelected("(&(department=Finance)(l=Redmond))", 1, 3);
        assertSelected("(|(title=Manager)(title=Director))", 1, 2);
        assertSelected("(!(title=*))", 4);
        assertSelected("(title=*ana*)", 1, 3);
        assertSelected("(displayName=Ken*)", 1, 4);
        assertSelected("(sipAddress=kenmyer@litwareinc.com)", 1);
    }

    @Test
    void negationSelectsUsersWithoutTheAttribute() throws SQLException {
        assertSelected("(!(department=Finance))", 4, 5, 6);
        assertSelected("(!(|(title=Manager)(l=Redmond)))", 2, 5, 6);
    }

    @Test
    void selectsByEveryKindOfColumnInAnH2Database() throws SQLException {
        assertSelected("(mail=KEN.MYER@litwareinc.com)", 1);
        assertSelected("(sAMAccountName=pilarackerman)", 2);
        assertSelected("(site=*)", 1, 2);
        assertSelected("(extension>=0200)", 2, 3);
        assertSelected("(title=100%*)", 5);
        assertSelected("(lineUri=*5550101)", 1);
    }

    @BeforeEach
    void createUsers() throws SQLException {
        connection = DriverManager.getConnection(
                "jdbc:h2:mem:filtertest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE users (id BIGINT PRIMARY KEY, sip_key VARCHAR(256) NOT NULL,"
                    + " display_key VARCHAR(256) NOT NULL, upn_key VARCHAR(256), logon_key VARCHAR(256),"
                    + " dn_key VARCHAR(1024), email VARCHAR(256), line_key VARCHAR(64), extension VARCHAR(16),"
                    + " site_key VARCHAR(128) NOT NULL DEFAULT '', title VARCHAR(256), department VARCHAR(256),"
                    + " city VARCHAR(256), company VARCHAR(256))");
        }
        aUser(1, "Ken Myer").with("title", "Manager").with("department", "Finance").with("city", "Redmond")
                .with("site_key", "redmond").with("extension", "0101").with("line_key", "tel:+14255550101")
                .with("email", "Ken.Myer@litwareinc.com").insertInto(connection);
        aUser(2, "Pilar Ackerman").with("title", "Director").with("department", "Finance").with("city", "Dallas")
                .with("site_key", "dallas").with("extension", "0201").insertInto(connection);
        aUser(3, "Dana Birkby").with("title", "Analyst").with("department", "Finance").with("city", "Redmond")
                .with("extension", "0301").insertInto(connection);
        aUser(4, "Kendra Sexton").with("department", "Sales").with("city", "Redmond").insertInto(connection);
        aUser(5, "Percy Cent").with("title", "100% Sure").insertInto(connection);
        aUser(6, "Tom Thousand").with("title", "1000 Days").insertInto(connection);
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        connection.close();
    }

    private static void assertTranslation(String filter, String sql, Object... parameters) {
        SqlCondition condition = FilterSql.toSql(filter);
        assertThat(condition.sql()).isEqualTo(sql);
        assertThat(condition.parameters()).containsExactly(parameters);
    }

    private void assertSelected(String filter, long... ids) throws SQLException {
        SqlCondition condition = FilterSql.toSql(filter);
        // The leading condition proves the fragment can be AND-ed into a larger WHERE clause.
        String query = "SELECT u.id FROM users u WHERE u.id > 0 AND " + condition.sql() + " ORDER BY u.id";
        List<Long> selected = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(query)) {
            for (int i = 0; i < condition.parameters().size(); i++) {
                statement.setObject(i + 1, condition.parameters().get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    selected.add(rows.getLong(1));
                }
            }
        }
        assertThat(selected).as(filter).containsExactly(Arrays.stream(ids).boxed().toArray(Long[]::new));
    }

    private static UserRow aUser(long id, String displayName) {
        String account = displayName.replace(" ", "").toLowerCase(Locale.ROOT);
        return new UserRow(new LinkedHashMap<>())
                .with("id", id)
                .with("display_key", displayName.toLowerCase(Locale.ROOT))
                .with("sip_key", "sip:" + account + "@litwareinc.com")
                .with("upn_key", account + "@litwareinc.com")
                .with("logon_key", "litwareinc\\" + account)
                .with("dn_key", "cn=" + displayName.toLowerCase(Locale.ROOT) + ",dc=litwareinc,dc=com");
    }

    private record UserRow(Map<String, Object> columns) {

        UserRow with(String column, Object value) {
            columns.put(column, value);
            return this;
        }

        void insertInto(Connection connection) throws SQLException {
            String sql = "INSERT INTO users (" + String.join(", ", columns.keySet()) + ") VALUES ("
                    + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Object value : columns.values()) {
                    statement.setObject(index++, value);
                }
                statement.executeUpdate();
            }
        }
    }
}
