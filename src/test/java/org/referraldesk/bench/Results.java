package org.referraldesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rows measured so far: printed as a Markdown table and written as JSON (one object a row). */
public final class Results {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final List<Row> rows = new ArrayList<>();

    public void add(Row row) {
        rows.add(row);
        System.out.println("  " + line(row));
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The JSON array: name, value, unit, baseline, ratio (null when not measured), p99 and note. */
    public ArrayNode json() {
        ArrayNode array = JSON.createArrayNode();
        for (Row row : rows) {
            ObjectNode o = array.addObject();
            o.put("name", row.name());
            number(o, "value", row.value());
            o.put("unit", row.unit());
            number(o, "baseline", row.baseline());
            number(o, "ratio", row.ratio());
            number(o, "p99", row.p99());
            if (row.note() != null) {
                o.put("note", row.note());
            }
        }
        return array;
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), json());
    }

    public void printTable(PrintStream out) {
        out.println("| row | median | p99 | unit | baseline | ratio | note |");
        out.println("|---|---:|---:|---|---:|---:|---|");
        for (Row row : rows) {
            out.println(line(row));
        }
    }

    private static String line(Row row) {
        return "| " + row.name() + " | " + shown(row.value()) + " | " + shown(row.p99()) + " | " + row.unit() + " | "
                + shown(row.baseline()) + " | " + (Double.isNaN(row.ratio()) ? "" : String.format(Locale.ROOT, "%.2f×",
                        row.ratio())) + " | " + (row.note() == null ? "" : row.note()) + " |";
    }

    private static String shown(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.1f", v);
    }

    private static void number(ObjectNode o, String field, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            o.putNull(field);
        } else {
            o.put(field, v);
        }
    }
}
