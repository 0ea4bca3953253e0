package org.referraldesk.ui.welcome;

import java.util.List;
import java.util.ResourceBundle;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.service.BusinessSettings;
import org.referraldesk.service.OwnerSettings;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.DialogForm;
import org.referraldesk.ui.common.FormFields;

/**
 * First start: asks once for the names messages are signed with and what the business does. Saving
 * stores them as Settings does; "Later" stores nothing but the fact that it was asked, so the dialog
 * does not come back (the names stay editable in Settings).
 */
public final class WelcomeViewModel {
    public static final String OWNER = "owner";
    public static final String BUSINESS = "business";
    public static final String WHAT_WE_DO = "whatWeDo";

    private final OwnerSettings settings;
    private final BusinessSettings business;
    private final BackgroundTasks tasks;
    private final ResourceBundle text;

    public WelcomeViewModel(OwnerSettings settings, BusinessSettings business, BackgroundTasks tasks,
            ResourceBundle text) {
        this.settings = settings;
        this.business = business;
        this.tasks = tasks;
        this.text = text;
    }

    /** Runs {@code ask} on the FX thread when this desk has no names yet and was never asked. */
    public void whenDue(Runnable ask) {
        tasks.run(settings::welcomeDue, due -> {
            if (due) {
                ask.run();
            }
        });
    }

    /** The dialog's form: a name or line too long is refused on its field; blank fields stay unset. */
    public DialogForm<OwnerNames> form() {
        return new DialogForm<>(text.getString("welcome.header"), text.getString("welcome.save"),
                new FormFields(tasks, text, List.of(OWNER, BUSINESS, WHAT_WE_DO)), fields -> {
            OwnerNames names = new OwnerNames(fields.text(BUSINESS), fields.text(OWNER));
            String what = fields.text(WHAT_WE_DO);
            return () -> {
                business.saveWhatWeDo(what); // refuses a line too long on "whatWeDo", before anything is stored
                settings.saveNames(names);
                settings.markWelcomed();
                return names;
            };
        }, saved -> { });
    }

    /** "Later" (or closing the dialog): nothing is saved, and the dialog is not shown again. */
    public void later() {
        tasks.run(() -> {
            settings.markWelcomed();
            return true;
        }, done -> { });
    }
}
