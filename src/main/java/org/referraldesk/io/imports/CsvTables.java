package org.referraldesk.io.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.referraldesk.domain.InvalidInput;

/**
 * Reads CSV text (RFC 4180 with line breaks inside quoted fields) into a table: the first row is
 * the header. The separator is a comma, or a semicolon or tab when the header line has more of those
 * (spreadsheets in many European locales write semicolons). Blank lines are skipped.
 */
public final class CsvTables {
    private CsvTables() {
    }

    public static Table read(String text, String name) {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(text))
                .setIgnoreEmptyLines(true).get();
        List<String> headers = null;
        List<Table.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int scanned = 0;
            int line = 1;
            for (CSVRecord record : parser) {
                // the line a record starts on: one more than the line breaks before its first character
                int start = (int) Math.min(record.getCharacterPosition(), text.length());
                for (; scanned < start; scanned++) {
                    if (text.charAt(scanned) == '\n') {
                        line++;
                    }
                }
                List<String> cells = record.toList();
                if (headers == null) {
                    headers = cells.stream().map(String::strip).toList();
                } else if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                    rows.add(new Table.Row(line, cells));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new InvalidInput("file", "import.badCsv", name, reason(e));
        }
        if (headers == null || headers.stream().allMatch(String::isBlank)) {
            throw new InvalidInput("file", "import.noHeader", name);
        }
        return new Table("CSV", headers, rows);
    }

    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long commas = header.chars().filter(c -> c == ',').count();
        long semicolons = header.chars().filter(c -> c == ';').count();
        long tabs = header.chars().filter(c -> c == '\t').count();
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    private static String reason(Exception e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
