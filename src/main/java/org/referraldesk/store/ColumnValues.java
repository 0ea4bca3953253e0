package org.referraldesk.store;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.referraldesk.domain.InvalidInput;

/** Column values to plain Java values and back, by the column's JDBC type. */
final class ColumnValues {
    private ColumnValues() {
    }

    /** Reads one value: whole numbers as Long, decimals exact, instants in UTC, dates as dates. */
    static Object read(ResultSet rs, int index, int type) throws SQLException {
        Object value = switch (type) {
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rs.getLong(index);
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(index);
            case Types.NUMERIC, Types.DECIMAL -> rs.getBigDecimal(index);
            case Types.TIMESTAMP_WITH_TIMEZONE -> {
                OffsetDateTime at = rs.getObject(index, OffsetDateTime.class);
                yield at == null ? null : at.toInstant();
            }
            case Types.TIMESTAMP -> {
                LocalDateTime at = rs.getObject(index, LocalDateTime.class);
                yield at == null ? null : at.toString();
            }
            case Types.DATE -> rs.getObject(index, LocalDate.class);
            default -> rs.getString(index);
        };
        return rs.wasNull() ? null : value;
    }

    /** Turns a value from a document (text, number, true/false or null) into what the column stores. */
    static Object forColumn(Object value, int type, String where) {
        return forColumn(value, type, () -> where);
    }

    /** As {@link #forColumn(Object, int, String)}, the place named only when the value is refused. */
    static Object forColumn(Object value, int type, java.util.function.Supplier<String> where) {
        if (value == null) {
            return null;
        }
        try {
            return switch (type) {
                case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> whole(value);
                case Types.BOOLEAN, Types.BIT -> bool(value);
                case Types.NUMERIC, Types.DECIMAL -> new BigDecimal(value.toString());
                case Types.TIMESTAMP_WITH_TIMEZONE -> Instant.parse(value.toString()).atOffset(ZoneOffset.UTC);
                case Types.TIMESTAMP -> LocalDateTime.parse(value.toString());
                case Types.DATE -> LocalDate.parse(value.toString());
                default -> value.toString();
            };
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw InvalidInput.ofRequest("restore.badValue", where.get(), String.valueOf(value));
        }
    }

    private static long whole(Object value) {
        if (value instanceof Number number && !(value instanceof BigDecimal)) {
            return number.longValue();
        }
        return new BigDecimal(value.toString()).longValueExact();
    }

    private static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString();
        if (!text.equals("true") && !text.equals("false")) {
            throw new NumberFormatException(text);
        }
        return Boolean.parseBoolean(text);
    }
}
