package org.referraldesk.ui.trash;

import java.time.Clock;
import java.time.Instant;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.TrashItem;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.Trash;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.OwnerFormats;

/** The trash: what was deleted, to restore it or (a second, explicit step) delete it for good. */
public final class TrashViewModel {
    private final Trash trash;
    private final BackgroundTasks tasks;
    private final ResourceBundle text;
    private final OwnerFormats formats;
    private final ObservableList<TrashItem> items = FXCollections.observableArrayList();
    private final BooleanProperty empty = new SimpleBooleanProperty(false);

    public TrashViewModel(Trash trash, BackgroundTasks tasks, Clock clock, ResourceBundle text) {
        this.trash = trash;
        this.tasks = tasks;
        this.text = text;
        this.formats = new OwnerFormats(text, clock);
    }

    public void load() {
        tasks.run(trash::items, list -> {
            items.setAll(list);
            empty.set(list.isEmpty());
        });
    }

    public void restore(TrashItem item) {
        tasks.run(() -> {
            trash.restore(item);
            return item;
        }, done -> load());
    }

    /** Deletes for good; the view asks the owner to confirm first. */
    public void purge(TrashItem item) {
        tasks.run(() -> {
            trash.purge(item);
            return item;
        }, done -> load());
    }

    public String kindLabel(TrashItem item) {
        return Labels.forOwner().of(item.kind());
    }

    public String label(TrashItem item) {
        return item.label();
    }

    public String deletedAt(Instant at) {
        return formats.dateTime(at);
    }

    /** The question the owner answers before something is deleted for good. */
    public String confirmPurge(TrashItem item) {
        return Wording.forOwner(text).format("trash.confirm", item.kind().name(), item.label());
    }

    public ObservableList<TrashItem> items() {
        return items;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty;
    }
}
