package org.referraldesk.ui.merge;

import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.LikelyDuplicate;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.ContactMerges;
import org.referraldesk.ui.common.BackgroundTasks;

/** The likely duplicates on the desk (the import's rule), each pair to review in the merge dialog. */
public final class DuplicatesViewModel {
    private final ContactMerges merges;
    private final BackgroundTasks tasks;
    private final ResourceBundle text;
    private final ObservableList<LikelyDuplicate> pairs = FXCollections.observableArrayList();
    private final SimpleStringProperty count = new SimpleStringProperty("");
    private final SimpleBooleanProperty empty = new SimpleBooleanProperty(false);

    public DuplicatesViewModel(ContactMerges merges, BackgroundTasks tasks, ResourceBundle text) {
        this.merges = merges;
        this.tasks = tasks;
        this.text = text;
    }

    /** Reads the pairs again (after a merge, one pair fewer). */
    public void load() {
        tasks.run(merges::likelyDuplicates, found -> {
            pairs.setAll(found);
            empty.set(found.isEmpty());
            count.set(Wording.forOwner(text).format("duplicates.count", found.size()));
        });
    }

    /**
     * "Zoë Lefèvre · Lefevre Design · zoe@lefevre.example": a record as one line, its name, company,
     * email and phone, as the duplicates list and the merge dialog's record finder show it.
     */
    public static String describe(Contact contact) {
        StringBuilder line = new StringBuilder(contact.name());
        for (String detail : new String[] {contact.company(), contact.email(), contact.phone()}) {
            if (detail != null) {
                line.append(" \u00b7 ").append(detail);
            }
        }
        return line.toString();
    }

    public String why(LikelyDuplicate pair) {
        return Labels.forOwner().of(pair.reason());
    }

    public ObservableList<LikelyDuplicate> pairs() {
        return pairs;
    }

    public ReadOnlyStringProperty countProperty() {
        return count;
    }

    public ReadOnlyBooleanProperty emptyProperty() {
        return empty;
    }
}
