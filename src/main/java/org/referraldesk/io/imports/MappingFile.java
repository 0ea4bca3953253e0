package org.referraldesk.io.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.referraldesk.domain.ColumnMapping;
import org.referraldesk.domain.ImportField;
import org.referraldesk.domain.InvalidInput;

/**
 * A mapping file for the command line: a properties file, read as UTF-8 (or Windows-1252), one
 * field per line, its value the column's header, several columns separated by " | ":
 * <pre>
 * referrer.name = Your name
 * client.name = Friend's name
 * received.at = Timestamp
 * address = Street | City | Postcode
 * </pre>
 * Field names are {@link ImportField#key()}; an unknown name is refused with the names there are.
 */
public final class MappingFile {
    private MappingFile() {
    }

    public static ColumnMapping read(Path file) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(TextDecoder.read(file).text()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ColumnMapping mapping = ColumnMapping.none();
        for (String key : properties.stringPropertyNames().stream().sorted().toList()) {
            ImportField field = ImportField.byKey(key).orElseThrow(() -> new InvalidInput("mapping",
                    "import.mappingField", String.valueOf(file.getFileName()), key,
                    Stream.of(ImportField.values()).map(ImportField::key).collect(Collectors.joining(", "))));
            for (String header : properties.getProperty(key).split("\\s*\\|\\s*")) {
                if (!header.isBlank()) {
                    mapping = mapping.plus(field, header.strip());
                }
            }
        }
        return mapping;
    }
}
