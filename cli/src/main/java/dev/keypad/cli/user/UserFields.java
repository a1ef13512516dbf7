package dev.keypad.cli.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The user fields that 'user add' and 'user set' share; in 'user set' an empty value clears the field. */
final class UserFields {

    @Option(names = "--upn", paramLabel = "UPN", description = "User principal name, such as kenmyer@litwareinc.com.")
    private String userPrincipalName;

    @Option(names = "--logon", paramLabel = "DOMAIN\\name", description = "Logon name, such as LITWAREINC\\kenmyer.")
    private String logonName;

    @Option(names = "--dn", paramLabel = "DN", description = "Distinguished name, such as CN=Ken Myer,OU=Redmond,DC=litwareinc,DC=com.")
    private String distinguishedName;

    @Option(names = "--email", paramLabel = "ADDR", description = "Primary e-mail address.")
    private String email;

    @Option(names = "--extension", paramLabel = "N", description = "Telephone extension, such as 0100.")
    private String extension;

    @Option(names = "--line-uri", paramLabel = "tel:+…", description = "Line URI, such as tel:+14255550100.")
    private String lineUri;

    @Option(names = "--site", paramLabel = "NAME", description = "Site, such as Redmond.")
    private String site;

    @Option(names = "--attr", paramLabel = "KEY=VALUE", converter = Attribute.Converter.class,
            description = "Attribute for filtering: title, department, city (or l), company. Repeatable.")
    private List<Attribute> attributes = new ArrayList<>();

    /** The fields given on the command line, by their JSON names; fields not given are absent. */
    Map<String, Object> given() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("userPrincipalName", userPrincipalName);
        fields.put("logonName", logonName);
        fields.put("distinguishedName", distinguishedName);
        fields.put("email", email);
        fields.put("lineUri", lineUri);
        fields.put("extension", extension);
        fields.put("site", site);
        attributes.forEach(attribute -> fields.put(attribute.field(), attribute.value()));
        fields.values().removeIf(value -> value == null);
        return fields;
    }
}
