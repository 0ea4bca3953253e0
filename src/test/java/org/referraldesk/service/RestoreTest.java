package org.referraldesk.service;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Stage;
import org.referraldesk.testing.TempDesk;

/**
 * A backup or JSON export goes back whole, ids and all, after the whole document was checked; the new
 * desk is built beside the live one and swapped in, and what the desk held is backed up first.
 */
class RestoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;
    private TempDesk desk;
    private TempDesk other;

    @BeforeEach
    void open() throws Exception {
        desk = TempDesk.openIn(Files.createDirectory(dir.resolve("one")));
        other = TempDesk.openIn(Files.createDirectory(dir.resolve("two")));
        FullExportTest.fill(desk);
    }

    @AfterEach
    void close() {
        desk.close();
        other.close();
    }

    private DataExports exports(TempDesk on) {
        return new DataExports(on.store(), TempDesk.CLOCK, "Referral Desk test");
    }

    @Test
    void aJsonExportRestoredIntoANewDeskExportsToTheSameBytes() throws Exception {
        Path first = dir.resolve("first.json");
        Path again = dir.resolve("again.json");
        exports(desk).everything(first);

        int rows = other.services().restore().restore(first, false).rows();
        exports(other).everything(again);

        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(again));
        assertTrue(rows > 20);
        assertEquals(desk.snapshot(), other.snapshot());
    }

    @Test
    void aBackupIsAZipWithAManifestAndTheDocumentAndRestoresTheSame() throws Exception {
        Path backup = dir.resolve("desk.rdbackup");
        exports(desk).backup(backup);
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            assertTrue(new String(zip.getInputStream(zip.getEntry("manifest.json")).readAllBytes())
                    .contains("\"format\" : \"referral-desk-backup\""));
            assertTrue(zip.getEntry("referral-desk.json") != null);
        }
        other.services().restore().restore(backup, false);
        assertEquals(desk.snapshot(), other.snapshot());
    }

    @Test
    void newIdsContinueAfterTheHighestRestoredOne() throws Exception {
        Path file = dir.resolve("all.json");
        exports(desk).everything(file);
        other.services().restore().restore(file, false);
        long highest = other.count(tx -> tx.referrals().count());

        long next = other.referrals().record(NewReferral.of("Carla Núñez", "Emma Schäfer", Channel.PHONE, "A roof"))
                .referral().id();
        assertEquals(highest + 1, next);
    }

    @Test
    void aDeskWithContactsIsOnlyReplacedWhenAskedAndThenHoldsOnlyTheRestoredRows() throws Exception {
        Path file = dir.resolve("all.json");
        exports(desk).everything(file);
        other.referrals().record(NewReferral.of("Zoë Lefèvre", "Omar Haddad", Channel.PHONE, "Tiles"));

        other.assertRefused(DeskNotEmpty.class, "This desk already has contacts or stories; a restore replaces "
                + "all of them, so it must be asked for explicitly.", () -> other.services().restore().restore(file, false));

        other.services().restore().restore(file, true);
        assertEquals(desk.snapshot(), other.snapshot());
    }

    @Test
    void aFileThatIsNotAnExportOrADamagedBackupIsRefusedAndChangesNothing() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");
        Path garbage = Files.write(dir.resolve("broken.rdbackup"), new byte[] {'P', 'K', 3, 4, 0, 0, 9});
        Path backup = dir.resolve("desk.rdbackup");
        exports(desk).backup(backup);
        byte[] bytes = Files.readAllBytes(backup);
        Path tampered = dir.resolve("tampered.rdbackup");
        Files.write(tampered, bytes);

        other.assertRefused("This is not a Referral Desk export: its \"format\" is not \"referral-desk-export\".",
                () -> other.services().restore().restore(text, false));
        InvalidInput broken = assertThrows(InvalidInput.class, () -> other.services().restore().restore(garbage, false));
        assertTrue(broken.getMessage().startsWith("This "), broken.getMessage());
        other.assertRefused("There is no file " + dir.resolve("missing.json").toAbsolutePath() + ".",
                () -> other.services().restore().restore(dir.resolve("missing.json"), false));
    }

    @Test
    void aDocumentWithAColumnThisDeskDoesNotKnowIsRefusedWhole() throws Exception {
        Path file = dir.resolve("all.json");
        exports(desk).everything(file);
        Path newer = Files.writeString(dir.resolve("newer.json"),
                Files.readString(file).replaceFirst("\"name\": ", "\"nickname\": \"A\",\n      \"name\": "));

        other.assertRefused("The document has a column \"contact.nickname\" this desk does not know; "
                + "it was made by a newer Referral Desk.", () -> other.services().restore().restore(newer, false));
    }

    /** The desk's export with {@code edit} applied to its JSON tree. */
    private Path editedExport(String name, Consumer<ObjectNode> edit) throws Exception {
        Path file = dir.resolve("all.json");
        exports(desk).everything(file);
        ObjectNode document = (ObjectNode) JSON.readTree(file.toFile());
        edit.accept(document);
        Path edited = dir.resolve(name);
        JSON.writeValue(edited.toFile(), document);
        return edited;
    }

    private static ObjectNode row(ObjectNode document, String table, int index) {
        return (ObjectNode) document.path("tables").path(table).get(index);
    }

    private void assertRefusedWithReplaceAndNothingChanged(String message, Path file) {
        other.referrals().record(NewReferral.of("Zoë Lefèvre", "Omar Haddad", Channel.PHONE, "Tiles"));
        TempDesk.Snapshot before = other.snapshot();
        other.assertRefused(message, () -> other.services().restore().restore(file, true));
        assertEquals(before, other.snapshot());
        assertFalse(Files.exists(dir.resolve("two").resolve(BackupFolder.NAME)), "no safety copy for a refused file");
        assertEquals(List.of(), leftovers());
    }

    private List<String> leftovers() {
        try (Stream<Path> files = Files.list(dir.resolve("two"))) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.contains(".restoring")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aStageThisDeskDoesNotKnowIsRefusedNamingTableRowAndFieldAndNothingChanges() throws Exception {
        Path nonsense = editedExport("nonsense.json", d -> row(d, "referral", 0).put("stage", "NONSENSE"));
        long id = JSON.readTree(nonsense.toFile()).path("tables").path("referral").get(0).path("id").asLong();

        assertRefusedWithReplaceAndNothingChanged("Table referral, row " + id + ", field stage: \"NONSENSE\" is not one "
                + "this desk knows (" + String.join(", ", Arrays.stream(Stage.values()).map(Enum::name).sorted().toList())
                + "). Nothing was restored.", nonsense);
    }

    @Test
    void aFollowUpKindThisDeskDoesNotKnowIsRefusedToo() throws Exception {
        Path unknown = editedExport("kind.json", d -> row(d, "follow_up", 0).put("kind", "SEND_FLOWERS"));

        InvalidInput refused = assertThrows(InvalidInput.class, () -> other.services().restore().restore(unknown, true));
        assertTrue(refused.getMessage().startsWith("Table follow_up, row 1, field kind: \"SEND_FLOWERS\" is not one"),
                refused.getMessage());
    }

    @Test
    void aDocumentWithoutTheFollowUpTableIsRefusedAndNothingChanges() throws Exception {
        Path cut = editedExport("cut.json", d -> ((ObjectNode) d.path("tables")).remove("follow_up"));

        assertRefusedWithReplaceAndNothingChanged("The document has no table \"follow_up\", which every desk has had "
                + "since schema 1 (the document is of schema " + desk.in(tx -> tx.dataTables().schemaVersion())
                + "); it may have been cut short. Nothing was restored.", cut);
    }

    @Test
    void templatesFromADocumentBeforeTemplatesHadRecipientsGetReferralDesksOwn() throws Exception {
        desk.services().templates().saveRecipients(org.referraldesk.domain.TemplateKind.THANK_REFERRER,
                org.referraldesk.domain.Recipients.Copy.CLIENT, "records@example.com");
        Path older = editedExport("older-templates.json", d -> d.path("tables").path("template")
                .forEach(t -> ((ObjectNode) t).remove(List.of("copy_to", "blind_copy"))));

        other.services().restore().restore(older, false);

        assertEquals(org.referraldesk.domain.Recipients.byDefault(org.referraldesk.domain.TemplateKind.EMAIL_INTRODUCTION_REPLY),
                other.services().templates().recipients(org.referraldesk.domain.TemplateKind.EMAIL_INTRODUCTION_REPLY),
                "the reply still copies the referrer");
        assertEquals(org.referraldesk.domain.Recipients.NONE,
                other.services().templates().recipients(org.referraldesk.domain.TemplateKind.THANK_REFERRER));
    }

    @Test
    void aDocumentOfAnOlderSchemaMayLackOnlyTheTablesLaterMigrationsAdded() throws Exception {
        Path older = editedExport("older.json", d -> {
            d.put("schemaVersion", "2");
            ((ObjectNode) d.path("tables")).remove(List.of("vip_invite", "referral_given", "contact_merge", "email_thread",
                    "contact_merge_move"));
        });

        other.services().restore().restore(older, false);

        assertEquals(desk.count(tx -> tx.referrals().count()), other.count(tx -> tx.referrals().count()));
        assertEquals(0, other.in(tx -> tx.dataTables().readAll()).stream()
                .filter(t -> t.name().equals("referral_given")).findFirst().orElseThrow().rows().size());
    }

    @Test
    void aMergeRestoredFromAnExportCanStillBeUndoneFromTheTrash() throws Exception {
        long twin = desk.referrals().record(NewReferral.of("Anna Keler", "Carla Núñez", Channel.PHONE, "Radiators")
                .receivedAt(TempDesk.NOW.minusSeconds(60))).referral().referrerId();
        long anna = desk.in(tx -> tx.contacts().findByName("Anna Keller")).orElseThrow().id();
        List<org.referraldesk.domain.DataTable> before = desk.in(tx -> tx.dataTables().readAll());
        desk.services().merges().merge(anna, twin, desk.services().merges().preview(anna, twin).proposed());
        Path merged = dir.resolve("merged.json");
        exports(desk).everything(merged);

        other.services().restore().restore(merged, false);
        other.services().trash().restore(other.services().trash().items().get(0));

        assertEquals(before, other.in(tx -> tx.dataTables().readAll()));
    }

    @Test
    void everyTableOfTheDeskNamesTheSchemaVersionThatCreatedIt() {
        java.util.Set<String> live = other.in(tx -> tx.dataTables().schema().keySet());
        java.util.Set<String> tables = new TreeSet<>(live);
        assertEquals(tables, new TreeSet<>(SchemaHistory.tables()));
    }

    @Test
    void aStoryWhoseReferrerIsNotInTheDocumentIsRefused() throws Exception {
        Path dangling = editedExport("dangling.json", d -> row(d, "referral", 0).put("referrer_id", 999));

        assertRefusedWithReplaceAndNothingChanged("Table referral, row 1, field referrer_id: it refers to contact 999, "
                + "which the document does not hold. Nothing was restored.", dangling);
    }

    @Test
    void aNameLongerThanItsColumnIsRefused() throws Exception {
        Path longName = editedExport("long.json", d -> row(d, "contact", 0).put("name", "A".repeat(401)));

        assertRefusedWithReplaceAndNothingChanged("Table contact, row 1, field name: 401 characters, more than the 400 "
                + "this field holds. Nothing was restored.", longName);
    }

    @Test
    void anAmountWithMoreDigitsThanTheSchemaKeepsIsRefused() throws Exception {
        Path big = editedExport("big.json", d -> row(d, "referral", 0).put("estimated_value",
                new java.math.BigDecimal("12345678901.5")));

        assertRefusedWithReplaceAndNothingChanged("Table referral, row 1, field estimated_value: 12345678901.5 has more digits than "
                + "this field holds (10 digits before the point, 2 after). Nothing was restored.", big);
    }

    @Test
    void anEmptyValueWhereEveryRowNeedsOneAndATwiceHeldRowAreRefused() throws Exception {
        Path empty = editedExport("empty.json", d -> row(d, "referral", 0).putNull("received_at"));
        Path twice = editedExport("twice.json", d -> ((com.fasterxml.jackson.databind.node.ArrayNode) d.path("tables")
                .path("contact")).add(row(d, "contact", 0).deepCopy()));

        assertRefusedWithReplaceAndNothingChanged("Table referral, row 1, field received_at: it is empty, but every row "
                + "needs one. Nothing was restored.", empty);
        other.assertRefused("Table contact, row 1: the document holds this row twice. Nothing was restored.",
                () -> other.services().restore().restore(twice, true));
    }

    @Test
    void aReplaceBacksUpWhatWasThereIntoTheBackupsFolderAndLeavesNoBuildingFileBehind() throws Exception {
        Path file = dir.resolve("all.json");
        exports(desk).everything(file);
        other.referrals().record(NewReferral.of("Zoë Lefèvre", "Omar Haddad", Channel.PHONE, "Tiles"));
        Files.write(dir.resolve("two").resolve("desk.restoring.mv.db"), new byte[] {1, 2, 3});

        Restored put = other.services().restore().restore(file, true);

        Path expected = dir.resolve("two").resolve("backups").resolve("desk-2026-03-10-0900-before-restore.rdbackup");
        assertEquals(expected, put.safetyCopy());
        assertEquals(1, new BackupFolder(expected.getParent()).newest().orElseThrow().stories());
        assertEquals(List.of(), leftovers(), "the leftover of a killed restore is gone and nothing new is left");
        assertEquals(desk.snapshot(), other.snapshot());
        other.reopen();
        assertEquals(desk.snapshot(), other.snapshot(), "the swapped-in file is the desk after a restart too");

        Restored again = other.services().restore().restore(file, true);
        assertEquals(expected.resolveSibling("desk-2026-03-10-0900-before-restore-2.rdbackup"), again.safetyCopy(),
                "a second safety copy in the same minute keeps the first");
    }

    @Test
    void aTransactionAskedForDuringTheSwapWaitsForItAndSeesTheRestoredDesk() throws Exception {
        Path file = dir.resolve("all.json");
        exports(desk).everything(file);
        long stories = desk.count(tx -> tx.referrals().count());
        java.util.concurrent.CompletableFuture<Integer> during = new java.util.concurrent.CompletableFuture<>();

        other.store().alone(() -> {
            Thread reader = new Thread(() -> during.complete(other.count(tx -> tx.referrals().count())));
            reader.start();
            other.services().restore().restore(file, false);
            assertFalse(during.isDone(), "the reader waits while the desk is swapped");
            return null;
        });

        assertEquals(stories, during.get(10, java.util.concurrent.TimeUnit.SECONDS).longValue());
    }
}
