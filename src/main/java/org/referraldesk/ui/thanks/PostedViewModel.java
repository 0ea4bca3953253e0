package org.referraldesk.ui.thanks;

import org.referraldesk.domain.Wording;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.service.PublicThanks;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.FormFields;

/** "Where did you post it?": marking a public thank-you done records the place (free text, with suggestions). */
public final class PostedViewModel {
    public static final String WHERE = "where";

    private final PublicThanks thanks;
    private final org.referraldesk.service.Templates templates;
    private final BackgroundTasks tasks;
    private final StringProperty post = new SimpleStringProperty("");
    private final ResourceBundle text;
    private final FormFields form;
    private final StringProperty header = new SimpleStringProperty("");
    private long followUpId;

    /** The dialog shows the ready post, written from the public thanks template. */
    public PostedViewModel(PublicThanks thanks, org.referraldesk.service.Templates templates, BackgroundTasks tasks,
            ResourceBundle text) {
        this.thanks = thanks;
        this.templates = templates;
        this.tasks = tasks;
        this.text = text;
        this.form = new FormFields(tasks, text, List.of(WHERE));
    }

    /** Asks about follow-up {@code id}, thanking {@code partnerName}. */
    public void start(long id, String partnerName) {
        followUpId = id;
        header.set(Wording.forOwner(text).format("posted.header", partnerName == null ? "" : partnerName));
        form.field(WHERE).set("");
        post.set("");
        tasks.run(() -> templates.compose(id), message -> post.set(message.body()), failure -> post.set(""));
    }

    /** The ready post from the template, to copy; empty until written (or without a template). */
    public ReadOnlyStringProperty postProperty() {
        return post;
    }

    public List<String> suggestions() {
        return PublicThanks.SUGGESTED_PLACES;
    }

    /** Takes a suggested place into the field. */
    public void choose(String place) {
        form.field(WHERE).set(place);
    }

    public void markPosted(Consumer<FollowUp> onPosted) {
        long id = followUpId;
        form.submit(() -> {
            String where = form.field(WHERE).get();
            Callable<FollowUp> work = () -> thanks.markPosted(id, where);
            return work;
        }, onPosted);
    }

    public FormFields form() {
        return form;
    }

    public ReadOnlyStringProperty headerProperty() {
        return header;
    }
}
