package org.referraldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Template;
import org.referraldesk.domain.TemplateKind;

/** V2 gives a new desk one template per message, in the product's words, using only known placeholders. */
class DefaultTemplatesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aNewDeskHasOneTemplatePerKindWithKnownPlaceholdersOnly() {
        try (Store store = Store.open(dir.resolve("desk"))) {
            List<Template> templates = store.inTransaction(tx -> tx.templates().list());
            assertEquals(TemplateKind.values().length, templates.size());
            assertEquals(List.of(TemplateKind.values()).stream().sorted((a, b) -> a.name().compareTo(b.name())).toList(),
                    templates.stream().map(Template::kind).toList());
            for (Template t : templates) {
                assertEquals(List.of(), t.unknownPlaceholders(), t.kind().name());
                assertTrue(!t.subject().isBlank() && t.body().contains("{referrer"), t.kind().name());
                assertTrue(!t.body().contains("\r"), "line breaks are \\n: " + t.kind());
            }
        }
    }

    @Test
    void theReplyThanksTheReferrerAndAsksTheClientWhenToCallAndTheNotAFitNamesTheOnwardContact() {
        try (Store store = Store.open(dir.resolve("desk"))) {
            String reply = store.inTransaction(tx -> tx.templates().find(TemplateKind.EMAIL_INTRODUCTION_REPLY))
                    .orElseThrow().body();
            assertTrue(reply.contains("{referrer_first}, thank you for connecting us"), reply);
            assertTrue(reply.contains("carry on with {client_first} one-to-one"), reply);
            assertTrue(reply.contains("When would suit you for a short phone call?"), reply);
            String notAFit = store.inTransaction(tx -> tx.templates().find(TemplateKind.NOT_A_FIT_EXPLANATION))
                    .orElseThrow().body();
            assertTrue(notAFit.contains("{onward}") && notAFit.contains("{need}"), notAFit);
        }
    }

    @Test
    void v7RewritesTheDefaultsTheOwnerLeftAloneAndKeepsTheOnesTheyEdited() throws Exception {
        Path base = dir.resolve("v6");
        String url = "jdbc:h2:file:" + base.toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("6").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                PreparedStatement update = c.prepareStatement("UPDATE template SET body = ? WHERE kind = ?")) {
            update.setString(1, "My own thanks, {referrer}.");
            update.setString(2, "THANK_REFERRER");
            update.executeUpdate();
        }
        try (Store store = Store.open(base)) {
            assertEquals("My own thanks, {referrer}.",
                    store.inTransaction(tx -> tx.templates().find(TemplateKind.THANK_REFERRER)).orElseThrow().body());
            for (Template t : store.inTransaction(tx -> tx.templates().list())) {
                if (t.kind() != TemplateKind.THANK_REFERRER) {
                    assertTrue(t.body().contains("{referrer_first}"), "rewritten: " + t.kind());
                }
            }
            String reply = store.inTransaction(tx -> tx.templates().find(TemplateKind.EMAIL_INTRODUCTION_REPLY))
                    .orElseThrow().body();
            assertTrue(reply.endsWith("Best wishes,[[\n{owner}]][[\n{business}]]"), reply);
        }
    }

    @Test
    void aTemplateSavedBeforeTheDefaultsArrivedIsKept() throws Exception {
        Path base = dir.resolve("old");
        String url = "jdbc:h2:file:" + base.toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                PreparedStatement insert = c.prepareStatement("INSERT INTO template (kind, subject, body) VALUES (?, ?, ?)")) {
            insert.setString(1, "THANK_REFERRER");
            insert.setString(2, "Mine");
            insert.setString(3, "My own thanks, {referrer}.");
            insert.executeUpdate();
        }
        try (Store store = Store.open(base)) {
            assertEquals(Optional.of(new Template(TemplateKind.THANK_REFERRER, "Mine", "My own thanks, {referrer}.")),
                    store.inTransaction(tx -> tx.templates().find(TemplateKind.THANK_REFERRER)));
            assertEquals(TemplateKind.values().length, store.inTransaction(tx -> tx.templates().list()).size());
        }
    }
}
