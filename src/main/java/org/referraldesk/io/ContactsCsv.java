package org.referraldesk.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.referraldesk.domain.Contact;

/**
 * Contacts as a CSV file for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads accents),
 * CRLF lines, a header row. A cell that a spreadsheet would run as a formula (it starts with =, +,
 * -, @, a tab or a carriage return) gets a leading apostrophe, so "=HYPERLINK(...)" stays text.
 */
public final class ContactsCsv {
    public static final List<String> HEADER = List.of("Name", "Company", "Email", "Phone", "Address", "Notes");
    private static final char BOM = '\ufeff';

    /** Writes every contact to {@code out}; the stream stays open. */
    public void write(List<Contact> contacts, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(BOM);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(HEADER.toArray(String[]::new)).get());
        for (Contact c : contacts) {
            csv.printRecord(cell(c.name()), cell(c.company()), cell(c.email()), cell(c.phone()),
                    cell(c.address()), cell(c.notes()));
        }
        csv.flush();
    }

    /** The text as a spreadsheet should show it: never run as a formula. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + value : value;
    }
}
