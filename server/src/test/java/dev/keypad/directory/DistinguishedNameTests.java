package dev.keypad.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import dev.keypad.InvalidInputException;

class DistinguishedNameTests {

    @Test
    void keyIgnoresCaseAndInsignificantSpaces() {
        assertThat(DistinguishedName.parse("dn", "CN=Ken Myer, OU=Redmond,DC=litwareinc , DC=com").key())
                .isEqualTo(DistinguishedName.parse("dn", "cn=ken myer,ou=redmond,dc=litwareinc,dc=com").key());
    }

    @Test
    void pathRunsFromTheRootSoAnOuIsAPrefixOfEverythingBelowIt() {
        DistinguishedName ken = DistinguishedName.parse("dn", "CN=Ken Myer,OU=Finance,OU=Redmond,DC=litwareinc,DC=com");
        DistinguishedName redmond = DistinguishedName.parse("ou", "OU=Redmond,DC=litwareinc,DC=com");
        DistinguishedName redmond2 = DistinguishedName.parse("ou", "OU=Redmond2,DC=litwareinc,DC=com");
        assertThat(ken.path()).isEqualTo("dc=com,dc=litwareinc,ou=redmond,ou=finance,cn=ken myer,");
        assertThat(ken.path()).startsWith(redmond.path()).doesNotStartWith(redmond2.path());
    }

    @Test
    void escapedCommaStaysInsideItsValue() {
        DistinguishedName name = DistinguishedName.parse("dn", "CN=Myer\\, Ken,OU=Redmond,DC=litwareinc,DC=com");
        assertThat(name.path()).isEqualTo("dc=com,dc=litwareinc,ou=redmond,cn=myer\\, ken,");
    }

    @Test
    void rejectsTextThatIsNoDistinguishedName() {
        assertThatThrownBy(() -> DistinguishedName.parse("ou", "Redmond")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ou 'Redmond' is not a distinguished name");
    }
}
