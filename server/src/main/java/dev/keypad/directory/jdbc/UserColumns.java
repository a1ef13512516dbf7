package dev.keypad.directory.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.keypad.directory.DistinguishedName;
import dev.keypad.directory.User;
import dev.keypad.directory.UserData;

/** How a user maps to the columns of the users table, in both directions. */
final class UserColumns {

    static final String SELECT = "u.id, u.sip_address, u.sip_key, u.display_name, u.upn, u.logon_name, u.dn, u.email, "
            + "u.line_uri, u.extension, u.site, u.title, u.department, u.city, u.company, u.created_at, u.updated_at";

    /** The written columns, in the order of {@link #values}. */
    static final String WRITTEN = "sip_address, sip_key, display_name, display_key, upn, upn_key, logon_name, logon_key, "
            + "dn, dn_key, dn_path, email, line_uri, line_key, extension, site, site_key, title, department, city, company";

    static final int WRITTEN_COUNT = 21;

    private UserColumns() {
    }

    static User read(ResultSet rs) throws SQLException {
        UserData data = new UserData(rs.getString("sip_address"), rs.getString("display_name"), rs.getString("upn"),
                rs.getString("logon_name"), rs.getString("dn"), rs.getString("email"), rs.getString("line_uri"),
                rs.getString("extension"), rs.getString("site"), rs.getString("title"), rs.getString("department"),
                rs.getString("city"), rs.getString("company"));
        return new User(rs.getLong("id"), data, instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    /** The values of {@link #WRITTEN} for a user, keys derived from the data. */
    static Object[] values(UserData user) {
        DistinguishedName dn = user.dn();
        return new Object[] {
            user.sipAddress(), UserData.key(user.sipAddress()), user.displayName(), UserData.key(user.displayName()),
            user.userPrincipalName(), UserData.key(user.userPrincipalName()),
            user.logonName(), UserData.key(user.logonName()),
            user.distinguishedName(), dn == null ? null : dn.key(), dn == null ? null : dn.path(),
            user.email(), user.lineUri(), UserData.key(user.lineUri()), user.extension(),
            user.site(), user.site() == null ? "" : UserData.key(user.site()),
            user.title(), user.department(), user.city(), user.company()
        };
    }

    static Object[] with(Object[] values, Object... more) {
        Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
        System.arraycopy(more, 0, all, values.length, more.length);
        return all;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }
}
