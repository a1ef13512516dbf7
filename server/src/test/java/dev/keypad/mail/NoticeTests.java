package dev.keypad.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NoticeTests {

    @Test
    void aNoticeNamesThePurposeInProseAndNeverShowsItsPin() {
        Notice notice = Notice.about(MailKind.PIN_SET, 7, "sip:ken@litwareinc.com", "Ken Myer", "ken@litwareinc.com", "voicemail")
                .with("mustChange", true).with("text", null).withPin("730461");
        assertThat(notice.values()).containsEntry("purposeName", "voice mail").containsEntry("mustChange", "true")
                .containsEntry("displayName", "Ken Myer").doesNotContainKey("text").doesNotContainValue("730461");
        assertThat(notice.toString()).doesNotContain("730461").contains("pin=*****");
    }

    @Test
    void onlyTheKindsThatHoldAPinTakeOne() {
        Notice.Builder lockout = Notice.about(MailKind.LOCKOUT, 7, "sip:ken@litwareinc.com", "Ken", "ken@litwareinc.com", "phone");
        assertThatThrownBy(() -> lockout.withPin("730461")).isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("730461");
        Notice.Builder welcome = Notice.about(MailKind.WELCOME, 7, "sip:ken@litwareinc.com", "Ken", "ken@litwareinc.com", "phone");
        assertThatThrownBy(welcome::withoutPin).isInstanceOf(IllegalArgumentException.class);
    }
}
