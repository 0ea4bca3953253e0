package org.referraldesk.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.DialogForm;
import org.referraldesk.testing.TempDesk;

/** The first-start dialog asks once per desk, saves what it is given and stores nothing on "Later". */
class WelcomeViewModelTest {
    @TempDir
    Path dir;
    private TempDesk desk;
    private final List<Throwable> failures = new ArrayList<>();
    private WelcomeViewModel model;

    @BeforeEach
    void open() {
        desk = TempDesk.openIn(dir);
        BackgroundTasks inline = new BackgroundTasks(Runnable::run, Runnable::run, failures::add);
        model = new WelcomeViewModel(desk.settings(), desk.services().business(), inline,
                ResourceBundle.getBundle("org.referraldesk.ui.welcome.messages"));
    }

    @AfterEach
    void close() {
        desk.close();
        assertEquals(List.of(), failures);
    }

    private int asked() {
        AtomicInteger asked = new AtomicInteger();
        model.whenDue(asked::incrementAndGet);
        return asked.get();
    }

    @Test
    void aNewDeskIsAskedOnceAndLaterStoresNothingButThatItWasAsked() {
        assertEquals(1, asked());
        model.later();
        assertEquals(0, asked(), "not asked again");
        assertEquals(OwnerNames.defaults(), desk.settings().names());
    }

    @Test
    void savingStoresTheNamesAndWhatTheBusinessDoes() {
        DialogForm<OwnerNames> form = model.form();
        form.field(WelcomeViewModel.OWNER).set(" Jo Keller ");
        form.field(WelcomeViewModel.BUSINESS).set("Keller Plumbing");
        form.field(WelcomeViewModel.WHAT_WE_DO).set("bathrooms and heating repairs");
        AtomicInteger closed = new AtomicInteger();
        form.submit(closed::incrementAndGet);
        assertEquals(1, closed.get());
        assertEquals(new OwnerNames("Keller Plumbing", "Jo Keller"), desk.settings().names());
        assertEquals("bathrooms and heating repairs", desk.services().business().whatWeDo());
        assertEquals(0, asked());
    }

    @Test
    void aLineTooLongIsRefusedOnItsFieldAndNothingIsSaved() {
        DialogForm<OwnerNames> form = model.form();
        form.field(WelcomeViewModel.OWNER).set("Jo Keller");
        form.field(WelcomeViewModel.WHAT_WE_DO).set("x".repeat(1001));
        AtomicInteger closed = new AtomicInteger();
        form.submit(closed::incrementAndGet);
        assertEquals(0, closed.get(), "the dialog stays open");
        assertFalse(form.errorOf(WelcomeViewModel.WHAT_WE_DO).get().isEmpty());
        assertTrue(desk.settings().names().unset());
        assertEquals(1, asked());
    }

    @Test
    void aDeskWhoseOwnerAlreadyGaveANameIsNotAsked() {
        desk.settings().saveNames(new OwnerNames("", "Jo Keller"));
        assertEquals(0, asked());
    }
}
