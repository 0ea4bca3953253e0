package org.referraldesk.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Services;
import org.referraldesk.service.Story;
import org.referraldesk.service.StoryCorrected;
import org.referraldesk.store.Store;
import org.referraldesk.testing.TempDesk;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.DialogForm;
import org.referraldesk.ui.common.FormFields;
import org.referraldesk.ui.common.ViewLoader;

/** Monday 2026-11-23 09:00 in London. Junior Alvarez sent us Helen Carter on Friday at 09:00 (typed as 11:00). */
class StoryEditViewModelTest {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
    private static final Instant FRIDAY = Instant.parse("2026-11-20T11:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Europe/London"));
    private final ResourceBundle text = new ViewLoader(ResourceBundle.getBundle("org.referraldesk.ui.messages"),
            type -> null).textFor(StoryController.class);
    private final List<Throwable> failures = new ArrayList<>();
    private final List<StoryCorrected> saved = new ArrayList<>();

    @TempDir
    Path dir;
    private Store store;
    private Services services;
    private long id;
    private StoryEditViewModel model;
    private DialogForm<StoryCorrected> form;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("desk"));
        services = TempDesk.services(store, clock);
        id = services.referrals().record(new NewReferral("Junior Alvarez", "junior@alvarez.example", "Helen Carter",
                null, null, Channel.EMAIL_INTRODUCTION, "New laptops", FRIDAY, new BigDecimal("4500")))
                .referral().id();
        services.referrals().record(NewReferral.of("Mia Chen", "Omar Farouk", Channel.PHONE, null));
        model = new StoryEditViewModel(services.corrections(), services.contacts(),
                new BackgroundTasks(Runnable::run, Runnable::run, failures::add), clock, text,
                services.stories().load(id));
        model.loadContacts();
        form = model.form(saved::add);
    }

    @AfterEach
    void close() {
        store.close();
        assertEquals(List.of(), failures, "no background task failed");
    }

    private FormFields fields() {
        return model.fields();
    }

    @Test
    void theFormOpensWithTheStoryAsItStands() {
        assertEquals("New laptops", fields().field("need").get());
        assertEquals(LocalDate.of(2026, 11, 20), fields().day("receivedAt").get());
        assertEquals("11:00", fields().field("receivedAt").get());
        assertEquals("4500.00", fields().field("estimatedValue").get());
        assertEquals(Channel.EMAIL_INTRODUCTION, model.channelProperty().get());
        assertEquals("Helen Carter", fields().field("clientName").get());
        assertEquals("junior@alvarez.example", fields().field("referrerEmail").get());
        assertEquals(4, model.contacts().size(), "every contact can be picked");
    }

    @Test
    void savingUnchangedFieldsChangesNothing() {
        form.submit(() -> { });

        assertEquals(1, saved.size());
        assertTrue(saved.get(0).changed().isEmpty());
        assertEquals("Nothing was changed.", model.said(saved.get(0)));
    }

    @Test
    void aCorrectedTimeMovesTheReplyAndTheMessageSaysWhatWasCorrected() {
        fields().field("receivedAt").set("9:00");
        fields().field("need").set("New laptops and a printer");

        form.submit(() -> { });

        Story after = services.stories().load(id);
        assertEquals(Instant.parse("2026-11-20T09:00:00Z"), after.referral().receivedAt());
        assertEquals(Instant.parse("2026-11-21T09:00:00Z"), after.followUps().stream()
                .filter(f -> f.kind() == FollowUpKind.RESPOND_TO_CLIENT).findFirst().orElseThrow().dueAt());
        assertEquals("Corrected: received time, need. Open follow-ups counted from the received time moved with it.",
                model.said(saved.get(0)));
    }

    @Test
    void pickingAnotherContactFillsInTheirDetails() {
        Contact omar = model.contacts().stream().filter(c -> c.name().equals("Omar Farouk")).findFirst().orElseThrow();

        model.clientProperty().set(omar);
        form.submit(() -> { });

        assertEquals("Omar Farouk", fields().field("clientName").get());
        assertEquals(omar.id(), services.stories().load(id).referral().clientId());
    }

    @Test
    void refusedInputLandsOnItsFieldAndNothingIsSaved() {
        fields().field("referrerEmail").set("junior(at)alvarez");
        fields().field("receivedAt").set("half past nine");
        fields().field("estimatedValue").set("lots");
        form.submit(() -> { });
        assertEquals("Write the time of day as hours and minutes, such as 14:30.",
                form.errorOf("receivedAt").get());

        fields().field("receivedAt").set("11:00");
        form.submit(() -> { });
        assertEquals("Write the value as a plain number, e.g. 1200 or 1200.50.", form.errorOf("estimatedValue").get());

        fields().field("estimatedValue").set("");
        form.submit(() -> { });
        assertEquals("\"junior(at)alvarez\" is not an email address such as name@example.com.",
                form.errorOf("referrerEmail").get());
        assertEquals(List.of(), saved);
        Story after = services.stories().load(id);
        assertEquals(0, new BigDecimal("4500").compareTo(after.referral().estimatedValue()), "the story is as it was");
        assertEquals("junior@alvarez.example", after.referrer().email());
    }
}
