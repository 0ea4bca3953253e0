package org.referraldesk.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.InvalidInput;

/** Encodings are found from the bytes: UTF-8 with or without a BOM, else Windows-1252; NUL means binary. */
class TextDecoderTest {

    @Test
    void utf8WithAndWithoutBomAndWindows1252() {
        byte[] utf8 = "Zoë 🌻".getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);

        assertEquals(new DecodedText("Zoë 🌻", "UTF-8"), TextDecoder.decode(utf8, "a.csv"));
        assertEquals(new DecodedText("Zoë 🌻", "UTF-8 with BOM"), TextDecoder.decode(bom, "a.csv"));
        assertEquals(new DecodedText("Café – €5", "Windows-1252"),
                TextDecoder.decode("Café – €5".getBytes(TextDecoder.WINDOWS_1252), "a.csv"));
    }

    @Test
    void utf16IsRefusedAsBinary() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> TextDecoder.decode("Name".getBytes(StandardCharsets.UTF_16LE), "wide.csv"));
        assertEquals("wide.csv is not a text file: it contains NUL bytes (an image, a spreadsheet or a UTF-16 file?). "
                + "Save it as CSV (UTF-8) or vCard and try again.", refused.getMessage());
    }

}
