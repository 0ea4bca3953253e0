package org.referraldesk.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.referraldesk.domain.DataTable;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.RowSink;

/**
 * Writes and reads the full export as JSON (src/docs/json-export.md). The same rows always give the
 * same bytes: two-space indentation, LF line ends, tables and columns in the order given, instants
 * as ISO-8601 UTC, money as decimal strings.
 */
public final class JsonExport {
    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper READER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Writes the document to {@code out} (UTF-8); the stream stays open. */
    public void write(ExportDocument document, OutputStream out) throws IOException {
        try (Writer writer = writer(out, document.formatVersion(), document.schemaVersion(), document.exportedAt())) {
            for (DataTable table : document.tables()) {
                writer.table(table.name(), table.columns());
                for (List<Object> row : table.rows()) {
                    writer.row(row);
                }
            }
        }
    }

    /**
     * A document written as it comes, table by table and row by row (the same bytes as {@link #write}):
     * close it to end the document; {@code out} stays open.
     */
    public Writer writer(OutputStream out, int formatVersion, String schemaVersion, Instant exportedAt) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setPrettyPrinter(printer());
        json.writeStartObject();
        json.writeStringField("format", ExportDocument.FORMAT);
        json.writeNumberField("formatVersion", formatVersion);
        json.writeStringField("schemaVersion", schemaVersion);
        json.writeStringField("exportedAt", DateTimeFormatter.ISO_INSTANT.format(exportedAt));
        json.writeObjectFieldStart("tables");
        return new Writer(json);
    }

    /** A document being written; it counts the rows of each table it was given. */
    public static final class Writer implements RowSink, AutoCloseable {
        private final JsonGenerator json;
        private final Map<String, Integer> rows = new LinkedHashMap<>();
        private List<String> columns;
        private String table;

        private Writer(JsonGenerator json) {
            this.json = json;
        }

        @Override
        public void table(String name, List<String> names) {
            try {
                if (table != null) {
                    json.writeEndArray();
                }
                json.writeArrayFieldStart(name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            table = name;
            columns = names;
            rows.merge(name, 0, Integer::sum);
        }

        @Override
        public void row(List<Object> values) {
            try {
                json.writeStartObject();
                for (int i = 0; i < columns.size(); i++) {
                    json.writeFieldName(columns.get(i));
                    value(json, values.get(i));
                }
                json.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            rows.merge(table, 1, Integer::sum);
        }

        /** How many rows table {@code name} got; 0 for a table not given. */
        public int rowsOf(String name) {
            return rows.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .mapToInt(Map.Entry::getValue).sum();
        }

        /** How many rows all tables got together. */
        public int rowCount() {
            return rows.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Ends the document. */
        @Override
        public void close() throws IOException {
            if (json.isClosed()) {
                return;
            }
            if (table != null) {
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
            json.close();
        }
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return printer;
    }

    private static void value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal money) {
            json.writeString(money.toPlainString());
        } else if (value instanceof Instant at) {
            json.writeString(DateTimeFormatter.ISO_INSTANT.format(at));
        } else if (value instanceof LocalDate day) {
            json.writeString(day.toString());
        } else {
            json.writeString(value.toString());
        }
    }

    /** What a document read as it comes is handed to: its header, then each table's name and rows. */
    public interface Reading {
        void header(int formatVersion, String schemaVersion, Instant exportedAt);

        void table(String name);

        /** One row: the fields it has, and their values in that order. */
        void row(List<String> columns, List<Object> values);
    }

    /**
     * Reads a document: refuses anything that is not a Referral Desk export, or one of a newer
     * format, with a message that says so. Values come back as JSON gives them (text, Long,
     * BigDecimal, Boolean or null); the restore turns them into each column's type.
     */
    public ExportDocument read(InputStream in) {
        Collecting collecting = new Collecting();
        read(in, collecting);
        return collecting.document();
    }

    /**
     * Reads a document as it comes, handing each row to {@code reading} (never the whole document in
     * memory), refusing what {@link #read(InputStream)} refuses; the header comes before the tables.
     */
    public void read(InputStream in, Reading reading) {
        try (JsonParser json = READER.getFactory().createParser(in)) {
            json.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
            json.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new InvalidInput("file", "export.format", ExportDocument.FORMAT);
            }
            Map<String, String> header = new HashMap<>();
            boolean tables = false;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("tables")) {
                    header(header, reading);
                    if (value != JsonToken.START_OBJECT) {
                        throw new InvalidInput("file", "export.noTables");
                    }
                    tables(json, reading);
                    tables = true;
                } else if (value.isScalarValue()) {
                    header.put(field, value == JsonToken.VALUE_NULL ? null : json.getText());
                } else {
                    json.skipChildren();
                }
            }
            if (!tables) {
                header(header, reading);
                throw new InvalidInput("file", "export.noTables");
            }
        } catch (IOException e) {
            throw new InvalidInput("file", "export.notJson", firstLine(e.getMessage()));
        }
    }

    private static void header(Map<String, String> header, Reading reading) {
        if (!ExportDocument.FORMAT.equals(header.get("format"))) {
            throw new InvalidInput("file", "export.format", ExportDocument.FORMAT);
        }
        int version;
        try {
            version = Integer.parseInt(String.valueOf(header.get("formatVersion")));
        } catch (NumberFormatException e) {
            version = -1;
        }
        if (version < 1 || version > ExportDocument.FORMAT_VERSION) {
            String given = header.get("formatVersion");
            throw new InvalidInput("file", "export.version", given == null ? "" : given, ExportDocument.FORMAT_VERSION);
        }
        Instant exportedAt;
        try {
            exportedAt = Instant.parse(String.valueOf(header.get("exportedAt")));
        } catch (DateTimeParseException e) {
            throw new InvalidInput("file", "export.exportedAt");
        }
        String schema = header.get("schemaVersion");
        reading.header(version, schema == null ? "0" : schema, exportedAt);
    }

    private static void tables(JsonParser json, Reading reading) throws IOException {
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            if (json.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidInput("file", "export.tableNotList", name);
            }
            reading.table(name);
            List<String> columns = List.of();
            for (JsonToken row = json.nextToken(); row != JsonToken.END_ARRAY; row = json.nextToken()) {
                if (row != JsonToken.START_OBJECT) {
                    throw new InvalidInput("file", "export.rowNotObject", name);
                }
                List<String> fields = new ArrayList<>(columns.size());
                List<Object> values = new ArrayList<>(columns.size());
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String column = json.currentName();
                    fields.add(column);
                    values.add(plain(json, json.nextToken(), name, column));
                }
                if (!fields.equals(columns)) {
                    columns = List.copyOf(fields);
                }
                reading.row(columns, values);
            }
        }
    }

    private static Object plain(JsonParser json, JsonToken token, String table, String column) throws IOException {
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NUMBER_INT -> json.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? (Object) json.getDecimalValue() : (Object) json.getLongValue();
            case VALUE_NUMBER_FLOAT -> json.getDecimalValue();
            case VALUE_STRING -> json.getText();
            default -> throw new InvalidInput("file", "export.badValue", table, column);
        };
    }

    /** A document read whole: each table's columns are every field any of its rows has. */
    static final class Collecting implements Reading {
        private final List<String> names = new ArrayList<>();
        private final Map<String, Set<String>> columns = new HashMap<>();
        private final Map<String, List<Map<String, Object>>> rows = new HashMap<>();
        private int version;
        private String schema;
        private Instant at;
        private String table;

        @Override
        public void header(int formatVersion, String schemaVersion, Instant exportedAt) {
            version = formatVersion;
            schema = schemaVersion;
            at = exportedAt;
        }

        @Override
        public void table(String name) {
            table = name;
            names.add(name);
            columns.put(name, new LinkedHashSet<>());
            rows.put(name, new ArrayList<>());
        }

        @Override
        public void row(List<String> fields, List<Object> values) {
            columns.get(table).addAll(fields);
            Map<String, Object> row = new HashMap<>();
            for (int i = 0; i < fields.size(); i++) {
                row.put(fields.get(i), values.get(i));
            }
            rows.get(table).add(row);
        }

        ExportDocument document() {
            List<DataTable> tables = new ArrayList<>();
            for (String name : names) {
                List<String> all = List.copyOf(columns.get(name));
                List<List<Object>> lines = new ArrayList<>();
                for (Map<String, Object> row : rows.get(name)) {
                    List<Object> line = new ArrayList<>(all.size());
                    for (String column : all) {
                        line.add(row.get(column));
                    }
                    lines.add(line);
                }
                tables.add(new DataTable(name, all, lines));
            }
            return new ExportDocument(version, schema, at, tables);
        }
    }

    private static String firstLine(String text) {
        String value = String.valueOf(text);
        int newline = value.indexOf('\n');
        return newline < 0 ? value : value.substring(0, newline);
    }
}
