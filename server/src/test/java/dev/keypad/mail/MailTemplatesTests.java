package dev.keypad.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.keypad.DataFolder;

class MailTemplatesTests {

    private static final String PIN = "804213";
    private static final String LINK = "https://keypad.litwareinc.com/self/sign-in?token=q3Wr-8_tPZ";
    private static final String FOOTER = "This message was sent by Keypad on behalf of your administrator. "
            + "Keypad never asks you to reply with your PIN.";

    @TempDir
    Path data;

    private MailTemplates templates;

    @BeforeEach
    void createTemplates() {
        templates = new MailTemplates(new DataFolder(data));
    }

    @ParameterizedTest
    @EnumSource(MailKind.class)
    void rendersEveryKindWithASubjectAndBothParts(MailKind kind) {
        Map<String, String> values = valuesFor(kind);
        MailTemplates.Rendered mail = templates.render(kind, values);

        assertThat(mail.subject()).isNotBlank().doesNotContain("\n").doesNotStartWith("Subject");
        assertThat(mail.text()).startsWith("Hello Ken Myer,\n\n").endsWith(FOOTER + "\n").doesNotContain("\n\n\n");
        assertThat(mail.html().replace(values.getOrDefault("link", "\0"), "")).as("no address but the sign-in link")
                .startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                .contains("<title>" + mail.subject() + "</title>").contains("Ken Myer").contains(FOOTER)
                .doesNotContain(" th:", "<script", "<img", "http://", "https://");
    }

    @ParameterizedTest
    @EnumSource(value = MailKind.class, names = {"PIN_SET", "WELCOME", "PIN_RESET_AFTER_FAILURES"})
    void putsThePinIntoBothPartsOfAPinMail(MailKind kind) {
        MailTemplates.Rendered mail = templates.render(kind, valuesFor(kind));

        assertThat(mail.text()).contains(PIN);
        assertThat(mail.html()).containsPattern("monospace[^>]*>" + PIN + "</p>");
    }

    @ParameterizedTest
    @EnumSource(value = MailKind.class, names = {"LOCKOUT", "CONFERENCE_ID_CHANGED", "CONFERENCING_DISABLED"})
    void neverPutsAPinIntoAMailThatCarriesNone(MailKind kind) throws IOException {
        Map<String, String> values = valuesFor(kind);
        values.put("pin", PIN);

        assertThatThrownBy(() -> templates.render(kind, values)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(kind.code()).hasMessageNotContaining(PIN);
        assertThat(builtIn(kind.code() + ".txt")).doesNotContain("${pin}");
        assertThat(builtIn(kind.code() + ".html")).doesNotContain("${pin}");
    }

    @Test
    void putsTheSignInLinkIntoBothPartsAndTakesNoPin() {
        Map<String, String> values = valuesFor(MailKind.SIGN_IN_LINK);
        MailTemplates.Rendered mail = templates.render(MailKind.SIGN_IN_LINK, values);

        assertThat(mail.text()).contains("\n" + LINK + "\n").contains("works once, for 15 minutes").contains("did not ask for this");
        assertThat(mail.html()).contains("href=\"" + LINK + "\"").contains("works once, for 15 minutes");
        values.put("pin", PIN);
        assertThatThrownBy(() -> templates.render(MailKind.SIGN_IN_LINK, values)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pin'");
        Map<String, String> pinMail = valuesFor(MailKind.PIN_SET);
        pinMail.put("link", LINK);
        assertThatThrownBy(() -> templates.render(MailKind.PIN_SET, pinMail)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'link'").hasMessageNotContaining(LINK);
    }

    @Test
    void refusesAPinMailWithoutAPin() {
        Map<String, String> values = valuesFor(MailKind.PIN_SET);
        values.remove("pin");

        assertThatThrownBy(() -> templates.render(MailKind.PIN_SET, values))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'pin'");
    }

    @Test
    void appendsThePolicyTextOnlyWhenItHasSomethingToSay() {
        Map<String, String> values = valuesFor(MailKind.PIN_RESET_AFTER_FAILURES);
        values.put("text", "Call the help desk at 555 0100 if you need help.");
        MailTemplates.Rendered withText = templates.render(MailKind.PIN_RESET_AFTER_FAILURES, values);
        values.put("text", "");
        MailTemplates.Rendered empty = templates.render(MailKind.PIN_RESET_AFTER_FAILURES, values);
        values.remove("text");
        MailTemplates.Rendered absent = templates.render(MailKind.PIN_RESET_AFTER_FAILURES, values);

        assertThat(withText.text()).contains("\n\nCall the help desk at 555 0100 if you need help.\n\n");
        assertThat(withText.html()).contains(">Call the help desk at 555 0100 if you need help.</p>");
        assertThat(empty).isEqualTo(absent);
        assertThat(absent.text()).doesNotContain("555 0100").contains("memorized it.\n\n--\n");
    }

    @Test
    void saysTheUserMustChooseANewPinOnlyWhenTheyMust() {
        Map<String, String> values = valuesFor(MailKind.WELCOME);
        values.put("mustChange", "true");
        MailTemplates.Rendered mustChange = templates.render(MailKind.WELCOME, values);
        values.put("mustChange", "false");
        MailTemplates.Rendered mayKeep = templates.render(MailKind.WELCOME, values);

        String sentence = "the first time you use it, you will be asked to choose a new PIN";
        assertThat(mustChange.text()).contains(sentence);
        assertThat(mustChange.html()).contains(sentence);
        assertThat(mayKeep.text()).doesNotContain(sentence);
        assertThat(mayKeep.html()).doesNotContain(sentence);
    }

    @Test
    void escapesValuesInTheHtmlPartOnly() {
        Map<String, String> values = valuesFor(MailKind.PIN_SET);
        values.put("displayName", "<b>Ken & \"Co\"</b>");

        MailTemplates.Rendered mail = templates.render(MailKind.PIN_SET, values);

        assertThat(mail.html()).contains("&lt;b&gt;Ken &amp; &quot;Co&quot;&lt;/b&gt;").doesNotContain("<b>");
        assertThat(mail.text()).startsWith("Hello <b>Ken & \"Co\"</b>,");
    }

    @Test
    void tellsWhetherALockEndsByItselfOrNeedsTheHelpDesk() {
        Map<String, String> values = valuesFor(MailKind.LOCKOUT);
        values.put("lockReason", "temporary");
        values.put("lockedUntil", "24 Nov 2026 14:35 UTC");
        MailTemplates.Rendered temporary = templates.render(MailKind.LOCKOUT, values);
        values.put("lockReason", "failures");
        values.remove("lockedUntil");
        MailTemplates.Rendered untilUnlocked = templates.render(MailKind.LOCKOUT, values);

        assertThat(temporary.text()).contains("locked at 24 Nov 2026 14:05 UTC after 5 unsuccessful")
                .contains("ends by itself at 24 Nov 2026 14:35 UTC").doesNotContain("unlocks or resets");
        assertThat(temporary.html()).contains("24 Nov 2026 14:35 UTC");
        assertThat(untilUnlocked.text()).contains("until your help desk or administrator unlocks or resets it")
                .doesNotContain("ends by itself");
        assertThat(untilUnlocked.html()).contains("unlocks or resets it").doesNotContain("ends by itself");
    }

    @Test
    void givesAConferenceOrganizerTheirConferenceIdAndDialInNumbers() {
        Map<String, String> values = valuesFor(MailKind.WELCOME);
        values.putAll(Map.of("purpose", "conference", "purposeName", "conference organizer",
                "conferenceId", "7654321", "dialInNumbers", "+1 425 555 0100 (Redmond)\n+44 20 7946 0000 (London)"));

        MailTemplates.Rendered mail = templates.render(MailKind.WELCOME, values);

        assertThat(mail.subject()).isEqualTo("Your conference organizer PIN is ready");
        assertThat(mail.text()).contains("Your conference ID: 7654321")
                .contains("Dial-in numbers:\n+1 425 555 0100 (Redmond)\n+44 20 7946 0000 (London)\n");
        assertThat(mail.html()).contains(">7654321</p>").contains("+44 20 7946 0000 (London)");
    }

    @Test
    void tellsThatTheOldConferenceIdNoLongerWorks() {
        MailTemplates.Rendered mail = templates.render(MailKind.CONFERENCE_ID_CHANGED,
                valuesFor(MailKind.CONFERENCE_ID_CHANGED));

        assertThat(mail.text()).contains("changed from 1234567").contains("Your new conference ID: 7654321")
                .contains("The old ID no longer works").contains("already scheduled");
        assertThat(mail.html()).contains("1234567").contains(">7654321</p>").contains("The old ID no longer works");
    }

    @Test
    void prefersTheOperatorsFileAndTakesTheOtherPartFromTheJar() throws IOException {
        operatorFile("pin-set.txt", "Subject: Your Litware [(${purposeName})] PIN\n\nPIN: [(${pin})]. Call 555 0100.\n");

        MailTemplates.Rendered mail = templates.render(MailKind.PIN_SET, valuesFor(MailKind.PIN_SET));

        assertThat(mail.subject()).isEqualTo("Your Litware voice mail PIN");
        assertThat(mail.text()).isEqualTo("PIN: " + PIN + ". Call 555 0100.\n");
        assertThat(mail.html()).contains("<title>Your Litware voice mail PIN</title>")
                .contains("Your administrator has set a new");
    }

    @Test
    void picksUpAnEditedOperatorFileWithoutARestart() throws IOException {
        operatorFile("lockout.txt", "Subject: Locked\n\nFirst version.\n");
        assertThat(templates.render(MailKind.LOCKOUT, valuesFor(MailKind.LOCKOUT)).text()).isEqualTo("First version.\n");

        operatorFile("lockout.txt", "Subject: Locked\n\nCall 555 0100.\n");
        assertThat(templates.render(MailKind.LOCKOUT, valuesFor(MailKind.LOCKOUT)).text()).isEqualTo("Call 555 0100.\n");
    }

    @Test
    void failsOnATemplateWithoutASubjectLineNamingTheFile() throws IOException {
        Path file = operatorFile("welcome.txt", "Your PIN is [(${pin})].\n\nBye.\n");

        assertThatThrownBy(() -> templates.render(MailKind.WELCOME, valuesFor(MailKind.WELCOME)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("Subject:").hasMessageNotContaining(PIN);
    }

    @Test
    void failsOnATemplateWithoutABlankLineAfterTheSubject() throws IOException {
        Path file = operatorFile("welcome.txt", "Subject: Welcome\nYour PIN is [(${pin})].\n");

        assertThatThrownBy(() -> templates.render(MailKind.WELCOME, valuesFor(MailKind.WELCOME)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("blank line").hasMessageNotContaining(PIN);
    }

    @Test
    void showsNoPinInToString() {
        MailTemplates.Rendered mail = templates.render(MailKind.PIN_SET, valuesFor(MailKind.PIN_SET));

        assertThat(mail.toString()).isEqualTo("Rendered[subject=Your new voice mail PIN]").doesNotContain(PIN);
    }

    private Path operatorFile(String name, String content) throws IOException {
        Path file = Files.createDirectories(data.resolve("mail-templates")).resolve(name);
        return Files.writeString(file, content);
    }

    private static String builtIn(String name) throws IOException {
        try (InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream("mail-templates/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** What the outbox would give each kind for Ken Myer, as a mutable map. */
    private static Map<String, String> valuesFor(MailKind kind) {
        Map<String, String> values = new HashMap<>(Map.of(
                "displayName", "Ken Myer",
                "identity", "sip:kenmyer@litwareinc.com",
                "purpose", "voicemail",
                "purposeName", "voice mail"));
        switch (kind) {
            case PIN_SET -> values.putAll(Map.of("pin", PIN, "mustChange", "false"));
            case WELCOME -> values.putAll(Map.of("pin", PIN, "mustChange", "true", "text", "Welcome to Litware."));
            case PIN_RESET_AFTER_FAILURES -> values.putAll(Map.of("pin", PIN, "mustChange", "false", "failures", "5"));
            case LOCKOUT -> values.putAll(Map.of("lockReason", "failures", "lockedAt", "24 Nov 2026 14:05 UTC",
                    "failures", "5"));
            case CONFERENCE_ID_CHANGED -> values.putAll(Map.of("purpose", "conference",
                    "purposeName", "conference organizer", "conferenceId", "7654321", "oldConferenceId", "1234567",
                    "dialInNumbers", "+1 425 555 0100 (Redmond)"));
            case CONFERENCING_DISABLED -> values.putAll(Map.of("purpose", "conference",
                    "purposeName", "conference organizer", "conferenceId", "7654321"));
            case SIGN_IN_LINK -> {
                values.keySet().removeAll(java.util.List.of("purpose", "purposeName"));
                values.put("link", LINK);
            }
        }
        return values;
    }
}
