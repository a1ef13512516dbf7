package dev.keypad.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.keypad.directory.LdapFilter.And;
import dev.keypad.directory.LdapFilter.Approx;
import dev.keypad.directory.LdapFilter.Equality;
import dev.keypad.directory.LdapFilter.GreaterOrEqual;
import dev.keypad.directory.LdapFilter.LessOrEqual;
import dev.keypad.directory.LdapFilter.Not;
import dev.keypad.directory.LdapFilter.Or;
import dev.keypad.directory.LdapFilter.Present;
import dev.keypad.directory.LdapFilter.Substring;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LdapFilterTests {

    @Test
    void parsesEveryComparisonOperator() {
        assertThat(LdapFilter.parse("(title=Manager)")).isEqualTo(new Equality("title", "Manager"));
        assertThat(LdapFilter.parse("(extension>=2000)")).isEqualTo(new GreaterOrEqual("extension", "2000"));
        assertThat(LdapFilter.parse("(extension<=2999)")).isEqualTo(new LessOrEqual("extension", "2999"));
        assertThat(LdapFilter.parse("(cn~=Ken Meyer)")).isEqualTo(new Approx("cn", "Ken Meyer"));
        assertThat(LdapFilter.parse("(mail=*)")).isEqualTo(new Present("mail"));
    }

    @Test
    void splitsSubstringsIntoInitialAnyAndFinal() {
        assertThat(LdapFilter.parse("(cn=ab*cd*ef)")).isEqualTo(new Substring("cn", "ab", List.of("cd"), "ef"));
        assertThat(LdapFilter.parse("(cn=ab*)")).isEqualTo(new Substring("cn", "ab", List.of(), null));
        assertThat(LdapFilter.parse("(cn=*ef)")).isEqualTo(new Substring("cn", null, List.of(), "ef"));
        assertThat(LdapFilter.parse("(cn=*cd*gh*)")).isEqualTo(new Substring("cn", null, List.of("cd", "gh"), null));
    }

    @Test
    void parsesNestedAndOrNot() {
        assertThat(LdapFilter.parse("(&(department=Finance)(|(l=Redmond)(!(title=*))))")).isEqualTo(new And(List.of(
                new Equality("department", "Finance"),
                new Or(List.of(new Equality("l", "Redmond"), new Not(new Present("title")))))));
    }

    @Test
    void decodesHexEscapesAsLiteralCharacters() {
        assertThat(LdapFilter.parse("(cn=a\\2ab)")).isEqualTo(new Equality("cn", "a*b"));
        assertThat(LdapFilter.parse("(logonName=litwareinc\\5ckenmyer)"))
                .isEqualTo(new Equality("logonName", "litwareinc\\kenmyer"));
        assertThat(LdapFilter.parse("(cn=Myer \\28Ken\\29)")).isEqualTo(new Equality("cn", "Myer (Ken)"));
        assertThat(LdapFilter.parse("(cn=\\2A*)")).isEqualTo(new Substring("cn", "*", List.of(), null));
    }

    @Test
    void decodesUtf8MultibyteEscapes() {
        assertThat(LdapFilter.parse("(cn=Jos\\c3\\a9)")).isEqualTo(new Equality("cn", "José"));
        assertThat(LdapFilter.parse("(cn=\\e4\\b8\\ad*\\f0\\9f\\98\\80)"))
                .isEqualTo(new Substring("cn", "中", List.of(), "😀"));
        assertThat(LdapFilter.parse("(cn=Jörg)")).isEqualTo(new Equality("cn", "Jörg"));
    }

    @Test
    void keepsSpacesInsideValues() {
        assertThat(LdapFilter.parse("(title=Sales Manager )")).isEqualTo(new Equality("title", "Sales Manager "));
    }

    @Test
    void toleratesWhitespaceAroundTheWholeFilter() {
        assertThat(LdapFilter.parse(" \t(l=Redmond)\n ")).isEqualTo(new Equality("l", "Redmond"));
    }

    @Test
    void acceptsASingleFilterWithoutOuterParentheses() {
        assertThat(LdapFilter.parse("title=Manager")).isEqualTo(new Equality("title", "Manager"));
        assertThat(LdapFilter.parse("&(l=Redmond)(title=*)"))
                .isEqualTo(new And(List.of(new Equality("l", "Redmond"), new Present("title"))));
    }

    @Test
    void acceptsNumericOidsAndAttributeOptions() {
        assertThat(LdapFilter.parse("(2.5.4.3=Ken)")).isEqualTo(new Equality("2.5.4.3", "Ken"));
        assertThat(LdapFilter.parse("(cn;lang-en=Ken)")).isEqualTo(new Equality("cn;lang-en", "Ken"));
    }

    @Test
    void givesBackTheCanonicalFilter() {
        String canonical = "(&(cn=a\\2ab\\28c\\29\\5c*x*)(!(l=*))(|(ext>=1)(ext<=2)(cn~=José)))";
        assertThat(LdapFilter.parse(canonical)).hasToString(canonical);
        assertThat(LdapFilter.parse(" title=Manager ")).hasToString("(title=Manager)");
        assertThat(LdapFilter.parse("(cn=\\2A\\4b)")).hasToString("(cn=\\2aK)");
    }

    @Test
    void acceptsNestingUpToTheLimit() {
        LdapFilter filter = LdapFilter.parse(nested(LdapFilter.MAX_DEPTH));
        assertThat(filter).isInstanceOf(Not.class);
    }

    @Test
    void rejectsEmptyFilter() {
        assertRejected("", 0, "filter is empty");
        assertRejected("  \t ", 0, "filter is empty");
    }

    @Test
    void rejectsUnbalancedParentheses() {
        assertRejected("(title=Manager", 14, "expected ')' but found the end of the filter");
        assertRejected("(&(l=Redmond)(title=x)", 22, "expected ')'");
        assertRejected("(l=Redmond))", 11, "unmatched ')'");
        assertRejected("((l=Redmond))", 1, "expected '&', '|', '!' or an attribute name but found '('");
        assertRejected("(cn=a(b)", 5, "unescaped '(' in a value");
    }

    @Test
    void rejectsMissingAttribute() {
        assertRejected("(=Manager)", 1, "expected '&', '|', '!' or an attribute name but found '='");
        assertRejected("()", 1, "expected '&', '|', '!' or an attribute name but found ')'");
        assertRejected("(a.b=x)", 1, "'a.b' is not an attribute name");
    }

    @Test
    void rejectsMissingOperator() {
        assertRejected("(title)", 6, "expected '=', '>=', '<=' or '~=' after 'title' but found ')'");
        assertRejected("(extension>2000)", 10, "expected '=', '>=', '<=' or '~=' after 'extension' but found '>'");
    }

    @Test
    void rejectsWhitespaceBetweenTokens() {
        assertRejected("( title=x)", 1, "found ' '");
        assertRejected("(title =x)", 6, "found ' '");
        assertRejected("(& (l=x))", 2, "expected '(' after '&' but found ' '");
    }

    @Test
    void rejectsBadEscapes() {
        assertRejected("(cn=a\\zz)", 5, "invalid escape '\\zz'");
        assertRejected("(cn=a\\2)", 5, "invalid escape '\\2)'");
        assertRejected("(cn=a\\", 5, "invalid escape '\\'");
        assertRejected("(cn=\\c3)", 4, "escaped bytes are not valid UTF-8");
        assertRejected("(cn=a\\00)", 5, "NUL (\\00) in a value is not supported");
    }

    @Test
    void rejectsWildcardsWhereNoneAreAllowed() {
        assertRejected("(extension>=2*)", 13, "unescaped '*' in a value");
        assertRejected("(cn=a**b)", 6, "two '*' in a row");
    }

    @Test
    void rejectsTrailingGarbage() {
        assertRejected("(l=Redmond)x", 11, "unexpected 'x' after the end of the filter");
        assertRejected("(l=Redmond)(title=x)", 11, "combine filters with (&…) or (|…)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(&)", "(|)"})
    void rejectsAbsoluteTrueAndFalse(String filter) {
        assertRejected(filter, 2, "needs at least one filter");
        assertRejected(filter, 2, "RFC 4526");
    }

    @Test
    void rejectsNestingBeyondTheLimit() {
        assertRejected(nested(LdapFilter.MAX_DEPTH + 1), LdapFilter.MAX_DEPTH * 2, "nested deeper than 32 levels");
    }

    @Test
    void rejectsOverlongFilter() {
        String filter = "(cn=" + "x".repeat(LdapFilter.MAX_LENGTH) + ")";
        assertRejected(filter, LdapFilter.MAX_LENGTH, "longer than 4096 characters");
    }

    @Test
    void rejectsExtensibleMatch() {
        assertRejected("(cn:caseExactMatch:=Fred)", 3, "extensible match is not supported");
        assertRejected("(cn:=Fred)", 3, "extensible match is not supported");
        assertRejected("(:dn:2.4.6.8.10:=Dino)", 1, "extensible match is not supported");
    }

    @Test
    void rejectsUnknownAttributeNamingTheKnownOnes() {
        assertRejected(() -> LdapFilter.parse("(&(title=x)(titel=y))", List.of("title", "department")), 12,
                "LDAP filter: unknown attribute 'titel' at position 12 (known: title, department)");
        assertThat(LdapFilter.parse("(TITLE=x)", List.of("title"))).isEqualTo(new Equality("TITLE", "x"));
    }

    @Test
    void recordsRejectWhatNoFilterTextCouldSay() {
        assertThatThrownBy(() -> new And(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Equality("bad name", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Substring("cn", "", List.of(), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Substring("cn", "a", List.of(""), null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String nested(int depth) {
        return "(!".repeat(depth - 1) + "(cn=x)" + ")".repeat(depth - 1);
    }

    private static void assertRejected(String filter, int position, String messagePart) {
        assertRejected(() -> LdapFilter.parse(filter), position, messagePart);
    }

    private static void assertRejected(ThrowingCallable parse, int position, String messagePart) {
        assertThatThrownBy(parse)
                .isInstanceOfSatisfying(InvalidLdapFilterException.class, e -> {
                    assertThat(e.position()).isEqualTo(position);
                    assertThat(e.getMessage()).startsWith("LDAP filter: ").contains(messagePart)
                            .contains("at position " + position);
                });
    }
}
