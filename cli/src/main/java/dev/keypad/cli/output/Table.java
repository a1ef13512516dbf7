package dev.keypad.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Aligned columns. Rows are held back one server page at a time to size the columns; widths only grow
 * from page to page, so a long listing stays readable without being held in memory.
 */
final class Table extends Listing {

    private static final String GAP = "  ";

    private final Columns columns;
    private final int[] widths;
    private final List<List<String>> page = new ArrayList<>();
    private boolean headerPrinted;

    Table(Columns columns, PrintWriter out) {
        super(out);
        this.columns = columns;
        this.widths = columns.table().stream().mapToInt(String::length).toArray();
    }

    @Override
    public void add(Map<String, Object> record) {
        List<String> cells = columns.table().stream()
                .map(column -> cell(column, record.get(column)).replaceAll("\\p{Cntrl}", " "))
                .toList();
        for (int i = 0; i < cells.size(); i++) {
            widths[i] = Math.max(widths[i], cells.get(i).length());
        }
        page.add(cells);
    }

    @Override
    public void endPage() {
        if (!page.isEmpty() && !headerPrinted) {
            print(columns.table());
            headerPrinted = true;
        }
        page.forEach(this::print);
        page.clear();
        super.endPage();
    }

    /**
     * A nested object reads as {@code key=value} pairs on a terminal ({@code local=0 global=3}), shorter than
     * its JSON; null members are left out. JSON and CSV keep the JSON. A column with its own text shows that.
     */
    private String cell(String column, Object value) {
        String text = columns.text(column, value);
        if (text != null) {
            return text;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().filter(entry -> entry.getValue() != null)
                    .map(entry -> entry.getKey() + "=" + text(entry.getValue()))
                    .collect(Collectors.joining(" "));
        }
        return text(value);
    }

    private void print(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            line.append(cells.get(i));
            if (i < cells.size() - 1) {
                line.append(" ".repeat(widths[i] - cells.get(i).length())).append(GAP);
            }
        }
        out.println(line.toString().stripTrailing());
    }
}
