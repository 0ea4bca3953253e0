package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.ColumnMapping;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.ImportField;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.Stage;
import org.referraldesk.testing.ImportCorpus;
import org.referraldesk.testing.TempDesk;

/** Web-form submissions become stories received at their own time, with their follow-ups, once only. */
class ReferralImportTest {
    /** Monday 2026-11-23 10:00 in Berlin (UTC+1). */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;
    TempDesk desk;
    ReferralImport imports;
    Referrals referrals;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        imports = new ReferralImport(desk.store(), CLOCK);
        referrals = new Referrals(desk.store(), CLOCK);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private Map<String, Referral> storiesByClient() {
        return referrals.summaries(100, 0).stream().collect(Collectors.toMap(ReferralSummary::clientName,
                s -> referrals.find(s.id())));
    }

    @Test
    void aGoogleFormsExportIsRecognisedWithItsColumns() {
        ImportFile file = imports.open(ImportCorpus.file("google-forms-referrals.csv"));

        assertEquals("Google Forms export", file.format());
        ColumnMapping mapping = file.suggestedMapping();
        assertEquals(List.of("Timestamp"), mapping.columnsFor(ImportField.RECEIVED_AT));
        assertEquals(List.of("Your name"), mapping.columnsFor(ImportField.REFERRER_NAME));
        assertEquals(List.of("Your email"), mapping.columnsFor(ImportField.REFERRER_EMAIL));
        assertEquals(List.of("Your friend's name"), mapping.columnsFor(ImportField.CLIENT_NAME));
        assertEquals(List.of("Your friend's email"), mapping.columnsFor(ImportField.CLIENT_EMAIL));
        assertEquals(List.of("Your friend's phone"), mapping.columnsFor(ImportField.CLIENT_PHONE));
        assertEquals(List.of("What do they need help with?"), mapping.columnsFor(ImportField.NEED));
        assertEquals("2026-11-20 14:05:33", file.preview(mapping, 3).get(0).value(ImportField.RECEIVED_AT),
                "the preview shows the time as it will be stored, in the owner's zone");
    }

    @Test
    void thePreviewShowsAUtcColumnInTheOwnersZone() {
        ImportFile file = imports.open(ImportCorpus.file("own-form.csv"));
        ColumnMapping mapping = ReferralImport.readMapping(ImportCorpus.file("own-form-mapping.properties"));

        assertEquals("2026-11-20 14:05:00", file.preview(mapping, 1).get(0).value(ImportField.RECEIVED_AT));
    }

    @Test
    void eachSubmissionBecomesAWebFormStoryReceivedAtItsTimestampWithItsFollowUps() {
        ImportReport report = imports.importFile(ImportCorpus.file("google-forms-referrals.csv"), null,
                ImportOptions.write());

        assertEquals(3, report.imported());
        assertEquals(List.of(new RowNote(6, "The client's name must not be blank.")), report.rejected());
        Map<String, Referral> stories = storiesByClient();
        assertEquals(List.of("Ines García", "Lena Vogel", "Tom Hughes"), stories.keySet().stream().sorted().toList());
        Referral tom = stories.get("Tom Hughes");
        // 11/20/2026 14:05:33 read in the clock's zone, Berlin (UTC+1)
        assertEquals(Instant.parse("2026-11-20T13:05:33Z"), tom.receivedAt());
        assertEquals(Channel.WEB_FORM, tom.channel());
        assertEquals(Stage.RECEIVED, tom.stage());
        assertEquals("Rewire the kitchen", tom.need());
        assertEquals("Boiler service,\nand a quote for radiators", stories.get("Lena Vogel").need());
        List<FollowUp> followUps = referrals.followUps(tom.id()).stream()
                .sorted(Comparator.comparing(FollowUp::dueAt).thenComparing(FollowUp::kind)).toList();
        assertEquals(List.of(FollowUpKind.RESPOND_TO_CLIENT, FollowUpKind.THANK_REFERRER, FollowUpKind.HANDWRITTEN_CARD),
                followUps.stream().map(FollowUp::kind).toList());
        assertEquals(tom.receivedAt().plus(Duration.ofHours(24)), followUps.get(0).dueAt());
        assertEquals(tom.receivedAt().plus(Duration.ofDays(3)), followUps.get(2).dueAt());
    }

    @Test
    void theSameReferrerIsOnePartnerAcrossSubmissions() {
        imports.importFile(ImportCorpus.file("google-forms-referrals.csv"), null, ImportOptions.write());

        long priyas = desk.in(tx -> tx.contacts().list()).stream().filter(c -> c.name().equals("Priya Natarajan")).count();
        assertEquals(1, priyas);
        assertEquals("tom@example.org", desk.in(tx -> tx.contacts().findByName("Tom Hughes")).orElseThrow().email());
        assertEquals("+34 600 555 010", desk.in(tx -> tx.contacts().findByName("Ines García")).orElseThrow().phone());
    }

    @Test
    void importingTheSameExportTwiceAddsNoStory() {
        imports.importFile(ImportCorpus.file("google-forms-referrals.csv"), null, ImportOptions.write());
        TempDesk.Snapshot once = desk.snapshot();

        ImportReport again = imports.importFile(ImportCorpus.file("google-forms-referrals.csv"), null,
                ImportOptions.write());

        assertEquals(0, again.imported());
        assertEquals(3, again.skipped());
        assertEquals("The referral of \"Tom Hughes\" by \"Priya Natarajan\" was already imported.",
                again.duplicates().get(0).text());
        assertEquals(once, desk.snapshot());
    }

    @Test
    void aDryRunReportsTheStoriesAndStoresNone() {
        TempDesk.Snapshot before = desk.snapshot();

        ImportReport trial = imports.importFile(ImportCorpus.file("google-forms-referrals.csv"), null,
                ImportOptions.trial());

        assertEquals(3, trial.imported());
        assertEquals(1, trial.rejected().size());
        assertEquals(before, desk.snapshot());
    }

    @Test
    void aMappingFileNamesTheColumnsOfAnyExportAndAUtcColumnIsReadAsUtc() {
        ColumnMapping mapping = ReferralImport.readMapping(ImportCorpus.file("own-form-mapping.properties"));

        ImportReport report = imports.importFile(ImportCorpus.file("own-form.csv"), mapping, ImportOptions.write());

        assertEquals(1, report.imported());
        Referral tom = storiesByClient().get("Tom Hughes");
        assertEquals(Instant.parse("2026-11-20T13:05:00Z"), tom.receivedAt(), "Submit Date (UTC) is in UTC");
        assertEquals("Rewire the kitchen", tom.need());
    }

    @Test
    void aMappingFileWithAnUnknownFieldIsRefused() throws Exception {
        Path mapping = dir.resolve("bad.properties");
        Files.writeString(mapping, "referer.name=Your name\n");

        InvalidInput refused = assertThrows(InvalidInput.class, () -> ReferralImport.readMapping(mapping));

        assertTrue(refused.getMessage().startsWith("The mapping file bad.properties names an unknown field "
                + "\"referer.name\"; the fields are name, first.name,"), refused.getMessage());
    }

    @Test
    void anExportWithoutRecognisableColumnsIsRefusedWithoutAMapping() {
        desk.assertRefused("The columns of own-form.csv were not recognised as web-form referrals; give a mapping "
                + "file (e.g. referrer.name=Your name, client.name=Friend's name).",
                () -> imports.importFile(ImportCorpus.file("own-form.csv"), null, ImportOptions.write()));
    }

    @Test
    void unreadableAndFutureTimesRejectTheirRows() throws Exception {
        Path file = dir.resolve("times.csv");
        Files.writeString(file, "Timestamp,Your name,Client name\n"
                + "yesterday,Ann Referrer,Bob Client\n"
                + "2026-12-24 10:00:00,Ann Referrer,Cara Client\n"
                + "23/11/2026 08:15:00,Ann Referrer,Dan Client\n");

        ImportReport report = imports.importFile(file, null, ImportOptions.write());

        assertEquals(List.of(
                new RowNote(2, "\"yesterday\" is not a time such as 2026-11-23 14:30 or 11/23/2026 14:30:00."),
                new RowNote(3, "The time the referral arrived cannot be in the future.")), report.rejected());
        assertEquals(Instant.parse("2026-11-23T07:15:00Z"), storiesByClient().get("Dan Client").receivedAt(),
                "a day above 12 makes the column day-first");
    }

    @Test
    void aRowNamingTheSamePersonTwiceIsRejectedWithoutLeavingContactsBehind() throws Exception {
        Path file = dir.resolve("same.csv");
        Files.writeString(file, "Timestamp,Your name,Your email,Client name,Client email\n"
                + "2026-11-20 10:00,Ann Self,ann@example.org,Ann Again,ann@example.org\n");

        ImportReport report = imports.importFile(file, null, ImportOptions.write());

        assertEquals(List.of(new RowNote(2, "The referrer and the client must be different people.")), report.rejected());
        assertEquals(List.of(), desk.in(tx -> tx.contacts().list()), "the row's savepoint took its contact back");
    }
}
