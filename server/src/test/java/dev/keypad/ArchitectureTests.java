package dev.keypad;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The shape STYLE.md asks for, checked: features own their SQL, names say what things are. */
class ArchitectureTests {

    private static final List<String> FEATURES = List.of("directory", "access", "audit", "policy", "pin", "mail", "settings", "conferencing");
    private static final JavaClasses KEYPAD = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.keypad");

    @Test
    void onlyItsOwnFeatureReachesIntoAFeaturesJdbcPackage() {
        for (String feature : FEATURES) {
            classes().that().resideInAPackage("dev.keypad." + feature + ".jdbc..")
                    .should().onlyBeAccessed().byClassesThat().resideInAPackage("dev.keypad." + feature + "..")
                    .check(KEYPAD);
        }
    }

    @Test
    void onlyTheWebPackageUsesTheWebPackage() {
        classes().that().resideInAPackage("dev.keypad.web..")
                .should().onlyBeAccessed().byClassesThat().resideInAPackage("dev.keypad.web..")
                .check(KEYPAD);
    }

    @Test
    void featuresDoNotDependOnControllers() {
        noClasses().that().resideOutsideOfPackages("dev.keypad..api..", "dev.keypad.web..")
                .should().dependOnClassesThat().resideInAPackage("dev.keypad..api..")
                .check(KEYPAD);
    }

    @Test
    void featuresDoNotDependOnTheConsoleThatComposesThem() {
        noClasses().that().resideInAnyPackage(FEATURES.stream().map(feature -> "dev.keypad." + feature + "..").toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage("dev.keypad.console..")
                .check(KEYPAD);
    }

    @Test
    void namesSayWhatThingsAre() {
        noClasses().should().haveSimpleNameEndingWith("Impl")
                .orShould().haveSimpleNameEndingWith("Service")
                .orShould().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .orShould().haveSimpleNameEndingWith("Dto")
                .check(KEYPAD);
    }
}
