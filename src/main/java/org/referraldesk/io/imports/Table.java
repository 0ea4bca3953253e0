package org.referraldesk.io.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An imported file as rows under headers: what a CSV file holds, or the cards of a vCard file as
 * rows under fixed headers. {@code format} names what was read ("CSV", "vCard 3.0").
 */
public final class Table {
    private final String format;
    private final List<String> headers;
    private final List<Row> rows;
    private final Map<String, Integer> index = new HashMap<>();

    public Table(String format, List<String> headers, List<Row> rows) {
        this.format = format;
        this.headers = List.copyOf(headers);
        this.rows = List.copyOf(rows);
        for (int i = this.headers.size() - 1; i >= 0; i--) {
            index.put(this.headers.get(i), i);
        }
    }

    /** One row and the line of the file where it starts. */
    public record Row(int line, List<String> cells) {
    }

    public String format() {
        return format;
    }

    public List<String> headers() {
        return headers;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The cell of {@code row} under {@code header} ("" when the row is short or there is no such header). */
    public String cell(Row row, String header) {
        Integer at = index.get(header);
        return at == null || at >= row.cells().size() ? "" : row.cells().get(at);
    }

    public boolean hasHeader(String header) {
        return index.containsKey(header);
    }
}
