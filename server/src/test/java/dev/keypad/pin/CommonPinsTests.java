package dev.keypad.pin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CommonPinsTests {

    private static final List<String> DATAGENETICS_TOP_20 = List.of("1234", "1111", "0000", "1212", "7777", "1004",
            "2000", "4444", "2222", "6969", "9999", "3333", "5555", "6666", "1122", "1313", "8888", "4321", "2001",
            "1010");

    @Test
    void containsThePublishedTopTwentyFourDigitPins() {
        assertThat(DATAGENETICS_TOP_20).allMatch(pin -> CommonPins.contains(Pin.of(pin)));
    }

    @Test
    void containsWellKnownCommonSixDigitPins() {
        assertThat(List.of("123456", "111111", "000000", "121212", "123123", "654321", "666666", "696969", "112233",
                "159753", "789456")).allMatch(pin -> CommonPins.contains(Pin.of(pin)));
    }

    @Test
    void listsAtLeastOneHundredFourDigitPins() throws IOException {
        assertThat(entries()).filteredOn(entry -> entry.length() == 4).hasSizeGreaterThanOrEqualTo(100);
    }

    @Test
    void loadsEveryEntryOfTheFile() throws IOException {
        List<String> entries = entries();
        assertThat(CommonPins.size()).isEqualTo(entries.size());
        assertThat(entries).allMatch(entry -> CommonPins.contains(Pin.of(entry)));
    }

    @Test
    void fileNamesItsSources() throws IOException {
        String text = new String(CommonPins.class.getResourceAsStream(CommonPins.RESOURCE).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(text).contains("DataGenetics", "Nick Berry", "Markert", "Reconstructed");
    }

    @Test
    void containsEveryYearFrom1900To2099() {
        for (int year = 1900; year <= 2099; year++) {
            assertThat(CommonPins.contains(Pin.of(String.valueOf(year)))).as("year %d", year).isTrue();
        }
        assertThat(CommonPins.contains(Pin.of("1899"))).isFalse();
        assertThat(CommonPins.contains(Pin.of("2100"))).isFalse();
    }

    @Test
    void yearsCountOnlyAsWholeFourDigitPins() {
        assertThat(CommonPins.contains(Pin.of("19841"))).isFalse();
        assertThat(CommonPins.contains(Pin.of("201948"))).isFalse();
    }

    @Test
    void leavesOrdinaryPinsAlone() {
        assertThat(CommonPins.contains(Pin.of("8068"))).isFalse();
        assertThat(CommonPins.contains(Pin.of("48291"))).isFalse();
        assertThat(CommonPins.contains(Pin.of("839201"))).isFalse();
    }

    private static List<String> entries() throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                CommonPins.class.getResourceAsStream(CommonPins.RESOURCE), StandardCharsets.UTF_8))) {
            return reader.lines().map(line -> line.replaceAll("#.*", "").strip()).filter(line -> !line.isEmpty())
                    .collect(Collectors.toList());
        }
    }
}
