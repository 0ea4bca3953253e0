package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.testing.TempDesk;

/** Contacts out as CSV for a spreadsheet (formulas neutralised) and as vCard 4.0 (phone numbers as stored). */
class ContactExportsTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private DataExports exports;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        exports = new DataExports(desk.store(), TempDesk.CLOCK, "Referral Desk test");
        desk.referrals().record(new NewReferral("=HYPERLINK(\"http://evil\")", "anna@keller.example", "Zoë Lefèvre",
                "zoe@lefevre.example", "+49 30 1234", Channel.PHONE, "Tiles", null, null));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theCsvHasAHeaderAndACellThatLooksLikeAFormulaStartsWithAnApostrophe() throws Exception {
        Path file = dir.resolve("contacts.csv");
        assertEquals(2, exports.contactsCsv(file));

        byte[] bytes = Files.readAllBytes(file);
        assertEquals((byte) 0xEF, bytes[0], "a UTF-8 byte-order mark so Excel reads the accents");
        List<CSVRecord> rows;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.skip(1);
            rows = CSVFormat.RFC4180.builder().setHeader().get().parse(in).getRecords();
        }
        assertEquals("'=HYPERLINK(\"http://evil\")", rows.get(0).get("Name"));
        assertEquals("Zoë Lefèvre", rows.get(1).get("Name"));
        assertEquals("'+49 30 1234", rows.get(1).get("Phone"), "a leading + would start a formula");
        assertEquals("zoe@lefevre.example", rows.get(1).get("Email"));
    }

    @Test
    void everyFormulaStartIsNeutralisedAndOrdinaryTextIsLeftAlone() {
        for (String risky : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
            assertEquals("'" + risky, org.referraldesk.io.ContactsCsv.cell(risky));
        }
        assertEquals("Anna", org.referraldesk.io.ContactsCsv.cell("Anna"));
        assertEquals("", org.referraldesk.io.ContactsCsv.cell(null));
    }

    @Test
    void theVcardIsVersionFourAndKeepsThePhoneNumberExactlyAsStored() throws Exception {
        Path file = dir.resolve("contacts.vcf");
        assertEquals(2, exports.contactsVcard(file));

        List<VCard> cards = Ezvcard.parse(file).all();
        assertEquals(2, cards.size());
        VCard zoe = cards.get(1);
        assertEquals(VCardVersion.V4_0, zoe.getVersion());
        assertEquals("Zoë Lefèvre", zoe.getFormattedName().getValue());
        assertEquals("+49 30 1234", zoe.getTelephoneNumbers().get(0).getText());
        assertEquals("zoe@lefevre.example", zoe.getEmails().get(0).getValue());
        assertEquals("=HYPERLINK(\"http://evil\")", cards.get(0).getFormattedName().getValue());
        assertTrue(Files.readString(file).contains("TEL:+49 30 1234\r\n"), Files.readString(file));
    }
}
