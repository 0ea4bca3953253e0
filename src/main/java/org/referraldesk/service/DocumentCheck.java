package org.referraldesk.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.DataTable;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.StoryField;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.domain.VipStatus;
import org.referraldesk.io.ExportDocument;
import org.referraldesk.store.SchemaTables.Column;
import org.referraldesk.store.SchemaTables.Reference;
import org.referraldesk.store.SchemaTables.Table;

/**
 * A document to restore, checked whole against this desk's schema before anything is written: every
 * table the desk has is there (or came after the document's schema), every value fits its column
 * (type, length, digits, not empty where a row needs one), every stage, channel or kind is one the
 * desk knows, every key is there once and every reference finds its row. The first problem found
 * is refused in one line naming the table, the row (its key) and the field.
 */
final class DocumentCheck {
    /** The columns holding the name of one of the domain's values. */
    private static final Map<String, Class<? extends Enum<?>>> NAMES = Map.of(
            "referral.stage", Stage.class,
            "referral.channel", Channel.class,
            "story_event.stage", Stage.class,
            "follow_up.kind", FollowUpKind.class,
            "touch.kind", TouchKind.class,
            "template.kind", TemplateKind.class,
            "vip_invite.status", VipStatus.class);
    /** The columns holding a comma-separated list of such names. */
    private static final Map<String, Class<? extends Enum<?>>> LISTS = Map.of("story_event.corrected", StoryField.class);

    private final Map<String, Table> schema;
    private final Map<String, Set<String>> keys = new HashMap<>();

    private DocumentCheck(Map<String, Table> schema) {
        this.schema = schema;
    }

    /** Refuses {@code document} with the first problem found; returns when all of it fits {@code schema}. */
    static void check(ExportDocument document, Map<String, Table> schema) {
        new DocumentCheck(schema).all(document);
    }

    /** The names this desk knows for the value in {@code table.column}, or none when the column holds free text. */
    static Set<String> namesOf(String tableAndColumn) {
        Class<? extends Enum<?>> type = NAMES.getOrDefault(tableAndColumn, LISTS.get(tableAndColumn));
        return type == null ? Set.of()
                : Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    private void all(ExportDocument document) {
        Map<String, DataTable> given = new HashMap<>();
        for (DataTable table : document.tables()) {
            if (given.put(table.name(), table) != null) {
                throw InvalidInput.ofRequest("restore.tableTwice", table.name());
            }
            Table known = schema.get(table.name());
            if (known == null) {
                throw InvalidInput.ofRequest("restore.unknownTable", table.name());
            }
            for (String column : table.columns()) {
                if (known.column(column) == null) {
                    throw InvalidInput.ofRequest("restore.unknownColumn", table.name(), column);
                }
            }
        }
        for (Table table : schema.values()) {
            DataTable rows = given.get(table.name());
            if (rows == null) {
                requireLaterThan(document.schemaVersion(), table.name());
            } else {
                values(table, rows);
            }
        }
        for (DataTable rows : document.tables()) {
            references(schema.get(rows.name()), rows);
        }
    }

    private static void requireLaterThan(String documentVersion, String table) {
        int since = SchemaHistory.tableSince(table);
        if (since == SchemaHistory.UNKNOWN || !newer(since, documentVersion)) {
            throw InvalidInput.ofRequest("restore.tableMissing", table,
                    since == SchemaHistory.UNKNOWN ? "?" : String.valueOf(since), documentVersion);
        }
    }

    private static boolean newer(int since, String documentVersion) {
        try {
            return new BigDecimal(since).compareTo(new BigDecimal(documentVersion.strip())) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void values(Table table, DataTable rows) {
        for (Column column : table.columns()) {
            if (!rows.rows().isEmpty() && !rows.columns().contains(column.name()) && !column.nullable()
                    && (column.identity() || !column.hasDefault())) {
                throw InvalidInput.ofRequest("restore.columnMissing", table.name(), column.name());
            }
        }
        List<Column> columns = rows.columns().stream().map(table::column).toList();
        Set<String> seen = new HashSet<>();
        int line = 0;
        for (List<Object> row : rows.rows()) {
            line++;
            String id = rowKey(table, rows, row, line);
            if (!table.primaryKey().isEmpty() && !seen.add(id)) {
                throw InvalidInput.ofRequest("restore.rowTwice", table.name(), id);
            }
            for (int i = 0; i < columns.size(); i++) {
                value(table.name(), id, columns.get(i), row.get(i));
            }
        }
        keys.put(table.name(), seen);
    }

    private static void value(String table, String id, Column column, Object value) {
        if (value == null) {
            if (!column.nullable()) {
                throw InvalidInput.ofRequest("restore.valueMissing", table, id, column.name());
            }
            return;
        }
        Object stored;
        try {
            stored = column.stored(value);
        } catch (InvalidInput notFit) {
            throw InvalidInput.ofRequest("restore.valueNotFit", table, id, column.name(), String.valueOf(value));
        }
        if (stored instanceof String text && column.isText() && text.length() > column.size()) {
            throw InvalidInput.ofRequest("restore.textTooLong", table, id, column.name(), text.length(), column.size());
        }
        if (stored instanceof BigDecimal number && column.isDecimal() && !fits(number, column)) {
            throw InvalidInput.ofRequest("restore.numberTooLong", table, id, column.name(), number.toPlainString(),
                    column.size() - column.scale(), column.scale());
        }
        if (stored instanceof Long whole && column.isNarrowWholeNumber()
                && (whole > Integer.MAX_VALUE || whole < Integer.MIN_VALUE)) {
            throw InvalidInput.ofRequest("restore.valueNotFit", table, id, column.name(), String.valueOf(value));
        }
        names(table, id, column, stored.toString());
    }

    private static void names(String table, String id, Column column, String value) {
        String where = table + "." + column.name();
        Set<String> known = namesOf(where);
        if (known.isEmpty()) {
            return;
        }
        List<String> given = LISTS.containsKey(where) ? Arrays.asList(value.split(",", -1)) : List.of(value);
        for (String name : given) {
            if (!known.contains(name)) {
                throw InvalidInput.ofRequest("restore.unknownValue", table, id, column.name(), name,
                        String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    private static boolean fits(BigDecimal number, Column column) {
        BigDecimal plain = number.stripTrailingZeros();
        int after = Math.max(0, plain.scale());
        int before = Math.max(0, plain.precision() - plain.scale());
        return after <= column.scale() && before <= column.size() - column.scale();
    }

    private void references(Table table, DataTable rows) {
        int line = 0;
        for (List<Object> row : rows.rows()) {
            line++;
            for (Reference reference : table.references()) {
                int at = rows.columns().indexOf(reference.column());
                Object value = at < 0 ? null : row.get(at);
                if (value != null && !keys.getOrDefault(reference.table(), Set.of()).contains(keyText(
                        schema.get(reference.table()).column(reference.referencedColumn()).stored(value)))) {
                    throw InvalidInput.ofRequest("restore.missingReference", table.name(), rowKey(table, rows, row, line),
                            reference.column(), reference.table(), String.valueOf(value));
                }
            }
        }
    }

    /** The row's key as the owner reads it ("12", "THANK_REFERRER"); its line in the table when it has none. */
    private static String rowKey(Table table, DataTable rows, List<Object> row, int line) {
        List<String> parts = new ArrayList<>();
        for (String key : table.primaryKey()) {
            int at = rows.columns().indexOf(key.toLowerCase(Locale.ROOT));
            if (at < 0 || row.get(at) == null) {
                return "#" + line;
            }
            parts.add(keyText(table.column(key.toLowerCase(Locale.ROOT)).stored(row.get(at))));
        }
        return parts.isEmpty() ? "#" + line : String.join("/", parts);
    }

    private static String keyText(Object stored) {
        return stored instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString() : String.valueOf(stored);
    }
}
