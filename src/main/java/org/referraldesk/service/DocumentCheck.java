package org.referraldesk.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Stage;
import org.referraldesk.domain.StoryField;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.domain.VipStatus;
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
            "vip_invite.status", VipStatus.class,
            "contact_merge_move.moved", org.referraldesk.store.MergedRows.class);
    /** The columns holding a comma-separated list of such names. */
    private static final Map<String, Class<? extends Enum<?>>> LISTS = Map.of("story_event.corrected", StoryField.class);

    private final Map<String, Table> schema;
    private final Map<String, Keys> keys = new HashMap<>();
    private final List<Pending> pending = new ArrayList<>();
    private Table table;
    private Keys seen;
    private List<String> columns;
    private List<Column> known;
    private int line;

    /** A check of a document read as it comes: {@link #table}, its {@link #row}s, then {@link #finish}. */
    DocumentCheck(Map<String, Table> schema) {
        this.schema = schema;
    }

    /** The names this desk knows for the value in {@code table.column}, or none when the column holds free text. */
    static Set<String> namesOf(String tableAndColumn) {
        Class<? extends Enum<?>> type = NAMES.getOrDefault(tableAndColumn, LISTS.get(tableAndColumn));
        return type == null ? Set.of()
                : Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toUnmodifiableSet());
    }

    /** The next table of the document: one the desk has, given once. */
    void table(String name) {
        if (keys.containsKey(name)) {
            throw InvalidInput.ofRequest("restore.tableTwice", name);
        }
        table = schema.get(name);
        if (table == null) {
            throw InvalidInput.ofRequest("restore.unknownTable", name);
        }
        seen = new Keys();
        keys.put(name, seen);
        columns = null;
        line = 0;
    }

    /** One row of the current table: its fields ({@code names}) and values in that order. */
    void row(List<String> names, List<Object> values) {
        if (!names.equals(columns)) {
            columns(names, true);
        }
        line++;
        String id = rowKey(table, columns, values, line);
        if (!table.primaryKey().isEmpty() && !seen.add(storedKey(table, columns, values), id)) {
            throw InvalidInput.ofRequest("restore.rowTwice", table.name(), id);
        }
        for (int i = 0; i < known.size(); i++) {
            value(table.name(), id, known.get(i), values.get(i));
        }
        for (Reference reference : table.references()) {
            int at = columns.indexOf(reference.column());
            Object value = at < 0 ? null : values.get(at);
            if (value == null) {
                continue;
            }
            Object target = schema.get(reference.table()).column(reference.referencedColumn()).stored(value);
            Keys found = keys.get(reference.table());
            if (found != null && found != seen) {
                if (!found.contains(target)) {
                    throw missing(reference, id, value);
                }
            } else {
                pending.add(new Pending(table.name(), reference, id, target, String.valueOf(value)));
            }
        }
    }

    private void columns(List<String> names, boolean hasRows) {
        for (String column : names) {
            if (table.column(column) == null) {
                throw InvalidInput.ofRequest("restore.unknownColumn", table.name(), column);
            }
        }
        for (Column column : table.columns()) {
            if (hasRows && !names.contains(column.name()) && !column.nullable()
                    && (column.identity() || !column.hasDefault())) {
                throw InvalidInput.ofRequest("restore.columnMissing", table.name(), column.name());
            }
        }
        columns = names;
        known = names.stream().map(table::column).toList();
    }

    /** The document has ended: every table the desk has was there (or is newer), every reference found. */
    void finish(String schemaVersion) {
        for (Table each : schema.values()) {
            if (!keys.containsKey(each.name())) {
                requireLaterThan(schemaVersion, each.name());
            }
        }
        for (Pending reference : pending) {
            if (!keys.getOrDefault(reference.reference().table(), new Keys()).contains(reference.target())) {
                throw InvalidInput.ofRequest("restore.missingReference", reference.table(), reference.rowKey(),
                        reference.reference().column(), reference.reference().table(), reference.given());
            }
        }
    }

    private InvalidInput missing(Reference reference, String id, Object value) {
        return InvalidInput.ofRequest("restore.missingReference", table.name(), id, reference.column(),
                reference.table(), String.valueOf(value));
    }

    /** A reference to a table the document gives later, checked at its end. */
    private record Pending(String table, Reference reference, String rowKey, Object target, String given) {
    }

    /** The stored value of a row's key: a whole number for a one-column numeric key, its text otherwise. */
    private static Object storedKey(Table table, List<String> columns, List<Object> row) {
        if (table.primaryKey().size() == 1) {
            String key = table.primaryKey().get(0).toLowerCase(Locale.ROOT);
            int at = columns.indexOf(key);
            return at < 0 || row.get(at) == null ? null : table.column(key).stored(row.get(at));
        }
        return rowKey(table, columns, row, 0);
    }

    /** Keys seen: whole numbers from 0 up in a bit set (ids are), any other in a set of their text. */
    private static final class Keys {
        private final BitSet small = new BitSet();
        private final Set<String> other = new HashSet<>();

        boolean add(Object stored, String id) {
            if (stored instanceof Long whole && whole >= 0 && whole < Integer.MAX_VALUE) {
                boolean added = !small.get(whole.intValue());
                small.set(whole.intValue());
                return added;
            }
            return other.add(stored == null ? id : keyText(stored));
        }

        boolean contains(Object stored) {
            if (stored instanceof Long whole && whole >= 0 && whole < Integer.MAX_VALUE) {
                return small.get(whole.intValue());
            }
            return other.contains(keyText(stored));
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

    /** The row's key as the owner reads it ("12", "THANK_REFERRER"); its line in the table when it has none. */
    private static String rowKey(Table table, List<String> columns, List<Object> row, int line) {
        List<String> parts = new ArrayList<>();
        for (String key : table.primaryKey()) {
            int at = columns.indexOf(key.toLowerCase(Locale.ROOT));
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
