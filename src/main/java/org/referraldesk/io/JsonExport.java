package org.referraldesk.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.referraldesk.domain.DataTable;
import org.referraldesk.domain.InvalidInput;

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
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(printer());
            json.writeStartObject();
            json.writeStringField("format", ExportDocument.FORMAT);
            json.writeNumberField("formatVersion", document.formatVersion());
            json.writeStringField("schemaVersion", document.schemaVersion());
            json.writeStringField("exportedAt", DateTimeFormatter.ISO_INSTANT.format(document.exportedAt()));
            json.writeObjectFieldStart("tables");
            for (DataTable table : document.tables()) {
                json.writeArrayFieldStart(table.name());
                for (List<Object> row : table.rows()) {
                    json.writeStartObject();
                    for (int i = 0; i < table.columns().size(); i++) {
                        json.writeFieldName(table.columns().get(i));
                        value(json, row.get(i));
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeEndObject();
            json.writeRaw('\n');
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

    /**
     * Reads a document: refuses anything that is not a Referral Desk export, or one of a newer
     * format, with a message that says so. Values come back as JSON gives them (text, Long,
     * BigDecimal, Boolean or null); the restore turns them into each column's type.
     */
    public ExportDocument read(InputStream in) {
        JsonNode root;
        try {
            root = READER.readTree(in);
        } catch (IOException e) {
            throw new InvalidInput("file", "export.notJson", firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject() || !ExportDocument.FORMAT.equals(root.path("format").asText())) {
            throw new InvalidInput("file", "export.format", ExportDocument.FORMAT);
        }
        int version = root.path("formatVersion").asInt(-1);
        if (version < 1 || version > ExportDocument.FORMAT_VERSION) {
            throw new InvalidInput("file", "export.version", root.path("formatVersion").toString(),
                    ExportDocument.FORMAT_VERSION);
        }
        Instant exportedAt;
        try {
            exportedAt = Instant.parse(root.path("exportedAt").asText());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("file", "export.exportedAt");
        }
        JsonNode tables = root.path("tables");
        if (!tables.isObject()) {
            throw new InvalidInput("file", "export.noTables");
        }
        List<DataTable> read = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = tables.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> table = it.next();
            read.add(table(table.getKey(), table.getValue()));
        }
        return new ExportDocument(version, root.path("schemaVersion").asText("0"), exportedAt, read);
    }

    private static DataTable table(String name, JsonNode rows) {
        if (!rows.isArray()) {
            throw new InvalidInput("file", "export.tableNotList", name);
        }
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode row : rows) {
            if (!row.isObject()) {
                throw new InvalidInput("file", "export.rowNotObject", name);
            }
            row.fieldNames().forEachRemaining(columns::add);
        }
        List<List<Object>> values = new ArrayList<>();
        for (JsonNode row : rows) {
            List<Object> line = new ArrayList<>(columns.size());
            for (String column : columns) {
                line.add(plain(row.get(column), name, column));
            }
            values.add(line);
        }
        return new DataTable(name, List.copyOf(columns), values);
    }

    private static Object plain(JsonNode node, String table, String column) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.decimalValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        throw new InvalidInput("file", "export.badValue", table, column);
    }

    private static String firstLine(String text) {
        String value = String.valueOf(text);
        int newline = value.indexOf('\n');
        return newline < 0 ? value : value.substring(0, newline);
    }
}
