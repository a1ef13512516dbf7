package dev.keypad.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.keypad.InvalidInputException;

class CsvUserRowsTests {

    @Test
    void readsColumnsByHeaderInAnyOrderAndCaseWithAliases() {
        List<CsvUserRows.Row> rows = read("\uFEFFL,Name,SIP\nRedmond,Ken Myer,sip:ken@litwareinc.com\n");
        UserPatch ken = rows.get(0).patch();
        assertThat(ken.city()).isEqualTo("Redmond");
        assertThat(ken.displayName()).isEqualTo("Ken Myer");
        assertThat(ken.sipAddress()).isEqualTo("sip:ken@litwareinc.com");
        assertThat(ken.title()).as("a column the file lacks is left alone").isNull();
    }

    @Test
    void countsLinesFromTheHeaderSkippingBlankLines() {
        List<CsvUserRows.Row> rows = read("sipAddress,displayName\n\na@b.c,A\r\n\r\nb@b.c,B\n");
        assertThat(rows).extracting(CsvUserRows.Row::line).containsExactly(3L, 5L);
    }

    @Test
    void rowWithTheWrongNumberOfFieldsIsARowError() {
        CsvUserRows rows = CsvUserRows.open(new StringReader("sipAddress,displayName\na@b.c\n"));
        assertThatThrownBy(rows::next).isInstanceOf(CsvUserRows.RowException.class)
                .hasMessage("has 1 fields but the header names 2");
    }

    @Test
    void headerProblemsRejectTheFile() {
        assertThatThrownBy(() -> read("")).isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> read("displayName\nA\n")).hasMessageContaining("lacks the required column sipAddress");
        assertThatThrownBy(() -> read("sip,sipAddress\n")).hasMessageContaining("names the column sipAddress twice");
        assertThatThrownBy(() -> read("sipAddress,departmnt\n")).hasMessageContaining("[departmnt]");
    }

    private static List<CsvUserRows.Row> read(String csv) {
        CsvUserRows rows = CsvUserRows.open(new StringReader(csv));
        List<CsvUserRows.Row> all = new ArrayList<>();
        rows.forEachRemaining(all::add);
        return all;
    }
}
