package org.referraldesk.io.imports;

import java.nio.file.Path;

/** Reads a file to import: its text in the encoding found, then vCards or CSV by what the text holds. */
public final class ImportFiles {
    private ImportFiles() {
    }

    /** A file read for import: the encoding found and its rows. */
    public record ReadFile(String name, String encoding, Table table) {
    }

    public static ReadFile read(Path file) {
        String name = file.getFileName().toString();
        DecodedText decoded = TextDecoder.read(file);
        Table table = VCardTables.looksLikeVCard(decoded.text()) ? VCardTables.read(decoded.text(), name)
                : CsvTables.read(decoded.text(), name);
        return new ReadFile(name, decoded.encoding(), table);
    }
}
