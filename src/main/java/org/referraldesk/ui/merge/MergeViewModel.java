package org.referraldesk.ui.merge;

import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.ContactMerge;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.MergePreview;
import org.referraldesk.domain.MergeSide;
import org.referraldesk.domain.Ranked;
import org.referraldesk.domain.SearchKey;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.ContactDirectory;
import org.referraldesk.service.ContactMerges;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.FormFields;

/**
 * "Merge with…": find the other record of the same person, see both side by side with what each
 * has, pick the details to keep, and merge; everything the other has moves to the kept record.
 */
public final class MergeViewModel {
    public static final String FIND = "find";

    private final ContactMerges merges;
    private final ContactDirectory contacts;
    private final BackgroundTasks tasks;
    private final ResourceBundle text;
    private final FormFields form;
    private List<Findable> everyone = List.of();
    private final ObservableList<Contact> candidates = FXCollections.observableArrayList();
    private final ObjectProperty<MergePreview> preview = new SimpleObjectProperty<>();
    private final ObservableList<MergeDetail> details = FXCollections.observableArrayList();
    private final ObservableList<MergeCount> counts = FXCollections.observableArrayList();
    private final StringProperty header = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty finding = new javafx.beans.property.SimpleBooleanProperty(true);
    private long keepId;

    public MergeViewModel(ContactMerges merges, ContactDirectory contacts, BackgroundTasks tasks, ResourceBundle text) {
        this.merges = merges;
        this.contacts = contacts;
        this.tasks = tasks;
        this.text = text;
        this.form = new FormFields(tasks, text, List.of(FIND));
        form.field(FIND).addListener((obs, old, typed) -> find());
    }

    /** A contact with what the desk-wide search finds a person by: name, company, email, and phone digits. */
    private record Findable(Contact contact, String text, String phoneDigits) {
        static Findable of(Contact c) {
            return new Findable(c, SearchKey.personText(c.name(), c.company(), c.email()), SearchKey.digitsOf(c.phone()));
        }
    }

    /** Who matches what is typed, as the desk-wide search matches people: word starts first; everyone when nothing is typed. */
    private void find() {
        SearchKey key = SearchKey.of(form.field(FIND).get());
        if (key.isEmpty()) {
            candidates.setAll(everyone.stream().map(Findable::contact).toList());
            return;
        }
        Ranked<Contact> found = new Ranked<>(Math.max(1, everyone.size())); // every match shows, best first
        for (Findable f : everyone) {
            int rank = key.rankPerson(f.text(), f.phoneDigits());
            if (rank > SearchKey.NO_MATCH) {
                found.add(rank, f::contact);
            }
        }
        candidates.setAll(found.lines());
    }

    /** Opens for contact {@code keep}: every other contact to pick from. */
    public void start(long keep) {
        start(keep, 0);
    }

    /** Opens for contact {@code keep} with {@code other} already picked (0: none), as the duplicates list does. */
    public void start(long keep, long other) {
        keepId = keep;
        finding.set(other == 0);
        preview.set(null);
        details.clear();
        counts.clear();
        form.clearMessages();
        form.field(FIND).set("");
        tasks.run(contacts::all, all -> {
            everyone = all.stream().filter(c -> c.id() != keep).map(Findable::of).toList();
            find();
            all.stream().filter(c -> c.id() == keep).findFirst().ifPresent(kept ->
                    header.set(Wording.forOwner(text).format("merge.header", kept.name())));
            all.stream().filter(c -> c.id() == other && c.id() != keep).findFirst().ifPresent(this::pick);
        });
    }

    /** Shows the two records side by side; a pair that cannot be one person is said at once. */
    public void pick(Contact other) {
        form.clearMessages();
        long keep = keepId;
        tasks.run(() -> merges.preview(keep, other.id()), this::show, failure -> {
            preview.set(null);
            details.clear();
            counts.clear();
            if (failure instanceof InvalidInput refused) {
                form.show(refused);
            } else {
                tasks.report(failure);
            }
        });
    }

    private void show(MergePreview both) {
        Contact k = both.keep().contact();
        Contact o = both.other().contact();
        details.setAll(detail("merge.name", k.name(), o.name()), detail("merge.company", k.company(), o.company()),
                detail("merge.email", k.email(), o.email()), detail("merge.phone", k.phone(), o.phone()),
                detail("merge.address", k.address(), o.address()), detail("merge.notes", k.notes(), o.notes()));
        MergeSide a = both.keep();
        MergeSide b = both.other();
        counts.setAll(new MergeCount(text.getString("merge.has"), has(a), has(b)),
                new MergeCount(text.getString("merge.partner"), yesNo(a.partner()), yesNo(b.partner())));
        preview.set(both);
    }

    private MergeDetail detail(String key, String kept, String other) {
        return new MergeDetail(text.getString(key), kept, other);
    }

    /** "3 stories, 15 follow-ups, 8 touches, no gifts, 1 referral given, 1 VIP invite". */
    private String has(MergeSide side) {
        return Wording.forOwner(text).format("merge.hasLine", side.stories(), side.followUps(), side.touches(),
                side.gifts(), side.referralsGiven(), side.vipInvites());
    }

    private String yesNo(boolean yes) {
        return text.getString(yes ? "merge.yes" : "merge.no");
    }

    /** Keeps the other record instead, and merges this one into it (both stay picked). */
    public void swap() {
        MergePreview both = preview.get();
        if (both != null) {
            start(both.other().contact().id(), both.keep().contact().id());
        }
    }

    /** The record the merge keeps. */
    public long keepId() {
        return keepId;
    }

    /** Merges the picked record into the kept one with the chosen details; {@code onMerged} runs once stored. */
    public void merge(Runnable onMerged) {
        form.submit(() -> {
            MergePreview both = preview.get();
            if (both == null) {
                throw new InvalidInput(FIND, "merge.pickOther");
            }
            Contact chosen = chosen(both);
            Callable<ContactMerge> work = () -> merges.merge(keepId, both.other().contact().id(), chosen);
            return work;
        }, merged -> onMerged.run());
    }

    private Contact chosen(MergePreview both) {
        List<String> v = details.stream().map(MergeDetail::chosen).toList();
        return new Contact(both.keep().contact().id(), v.get(0), v.get(1), v.get(2), v.get(3), v.get(4), v.get(5));
    }

    public ObservableList<Contact> candidates() {
        return candidates;
    }

    public ObservableList<MergeDetail> details() {
        return details;
    }

    public ObservableList<MergeCount> counts() {
        return counts;
    }

    public ReadOnlyObjectProperty<MergePreview> previewProperty() {
        return preview;
    }

    /** Whether the owner finds the other record (from a contact's page), or it was given (from the duplicates list). */
    public javafx.beans.property.ReadOnlyBooleanProperty findingProperty() {
        return finding;
    }

    public ReadOnlyStringProperty headerProperty() {
        return header;
    }

    public FormFields form() {
        return form;
    }
}
