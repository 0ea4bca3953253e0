package org.referraldesk.io.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.referraldesk.domain.InvalidInput;

/**
 * Reads an imported file's text: UTF-8 (a BOM is dropped), else Windows-1252, which is what
 * spreadsheet programs on Windows write. A file with NUL bytes is binary (an image, a
 * spreadsheet, UTF-16) and is refused whole.
 */
public final class TextDecoder {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final long LARGEST = 200L * 1024 * 1024;

    private TextDecoder() {
    }

    public static DecodedText read(Path file) {
        try {
            if (Files.size(file) > LARGEST) {
                throw new InvalidInput("file", "import.tooLarge", String.valueOf(file.getFileName()));
            }
            return decode(Files.readAllBytes(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    public static DecodedText decode(byte[] bytes, String name) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InvalidInput("file", "import.notText", name);
            }
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new DecodedText(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), "UTF-8 with BOM");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new DecodedText(text, "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new DecodedText(new String(bytes, WINDOWS_1252), "Windows-1252");
        }
    }
}
