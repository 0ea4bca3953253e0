package org.referraldesk.ui.templates;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.domain.Recipients;
import org.referraldesk.domain.Template;
import org.referraldesk.domain.TemplateKind;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.BusinessSettings;
import org.referraldesk.service.OwnerSettings;
import org.referraldesk.service.Templates;
import org.referraldesk.ui.common.BackgroundTasks;

/**
 * The template editor: one template at a time, a live preview filled with example names, unknown
 * placeholders flagged as you type. Edits to other templates are kept until saved or reverted.
 */
public final class TemplatesViewModel {
    private final Templates templates;
    private final OwnerSettings settings;
    private final BusinessSettings business;
    private final BackgroundTasks tasks;
    private final ResourceBundle text;

    private final ObservableList<TemplateKind> kinds = FXCollections.observableArrayList(TemplateKind.values());
    private final ObjectProperty<TemplateKind> selected = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final ObjectProperty<Recipients.Copy> copy = new SimpleObjectProperty<>(Recipients.Copy.NOBODY);
    private final StringProperty blindCopy = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper previewSubject = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper previewBody = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper flags = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ObservableSet<TemplateKind> edited = FXCollections.observableSet();
    private final ObservableSet<TemplateKind> editedView = FXCollections.unmodifiableObservableSet(edited);

    private final Map<TemplateKind, Template> saved = new EnumMap<>(TemplateKind.class);
    private final Map<TemplateKind, Recipients> savedRecipients = new EnumMap<>(TemplateKind.class);
    private final Map<TemplateKind, Draft> drafts = new EnumMap<>(TemplateKind.class);
    private Map<String, String> examples = Map.of();
    private boolean showing;

    public TemplatesViewModel(Templates templates, OwnerSettings settings, BusinessSettings business,
            BackgroundTasks tasks, ResourceBundle text) {
        this.templates = templates;
        this.settings = settings;
        this.business = business;
        this.tasks = tasks;
        this.text = text;
        selected.addListener((obs, old, kind) -> showKind(kind));
        subject.addListener((obs, old, now) -> onEdit());
        body.addListener((obs, old, now) -> onEdit());
        copy.addListener((obs, old, now) -> onEdit());
        blindCopy.addListener((obs, old, now) -> onEdit());
    }

    /** Reads the templates and the owner's names (for the preview), off the FX thread. */
    public void load() {
        busy.set(true);
        tasks.run(() -> new Stored(templates.list(), templates.allRecipients(), settings.names(), business.whatWeDo()),
                this::show, this::failed);
    }

    private void show(Stored stored) {
        saved.clear();
        stored.templates().forEach(t -> saved.put(t.kind(), t));
        savedRecipients.putAll(stored.recipients());
        examples = Map.ofEntries(Map.entry("referrer", text.getString("example.referrer")),
                Map.entry("referrer_first", text.getString("example.referrer").split(" ")[0]),
                Map.entry("client", text.getString("example.client")),
                Map.entry("client_first", text.getString("example.client").split(" ")[0]),
                Map.entry("cc", text.getString("example.referrer")), Map.entry("subject", text.getString("example.subject")),
                Map.entry("need", text.getString("example.need")), Map.entry("onward", text.getString("example.onward")),
                Map.entry("reason", text.getString("example.reason")),
                Map.entry("what_we_do", stored.whatWeDo().isEmpty() ? text.getString("example.whatWeDo")
                        : stored.whatWeDo()),
                Map.entry("stage", text.getString("example.stage")), Map.entry("business", stored.names().business()),
                Map.entry("owner", stored.names().owner()));
        busy.set(false);
        loaded.set(true);
        if (selected.get() == null) {
            selected.set(kinds.get(0));
        } else {
            showKind(selected.get());
        }
    }

    /** Saves the template on screen in the background; unknown placeholders stay flagged, not refused. */
    public void save() {
        TemplateKind kind = selected.get();
        if (kind == null || busy.get()) {
            return;
        }
        if (body.get().isBlank()) {
            status.set(text.getString("templates.blank"));
            return;
        }
        Draft sent = current();
        busy.set(true);
        status.set("");
        tasks.run(() -> templates.save(kind, sent.subject(), sent.body(), sent.copy(), sent.blindCopy()), template -> {
            busy.set(false);
            saved.put(kind, template);
            savedRecipients.put(kind, new Recipients(sent.copy(), sent.blindCopy()));
            Draft draft = drafts.get(kind);
            if (sent.equals(draft) || savedDraft(kind).equals(draft)) {
                drafts.remove(kind);
                edited.remove(kind);
            }
            if (kind == selected.get()) {
                showKind(kind);
            }
            status.set(Wording.forOwner(text).format(template.unknownPlaceholders().isEmpty() ? "templates.saved"
                    : "templates.savedWithFlags", name(kind)));
        }, failure -> {
            busy.set(false);
            if (failure instanceof InvalidInput refused) {
                status.set(refused.ownersMessage());
            } else {
                tasks.report(failure);
            }
        });
    }

    /** True while any template holds edits not yet saved (ADR 0010: leaving asks). */
    public boolean hasUnsavedEdits() {
        return !drafts.isEmpty();
    }

    /**
     * Saves every template with unsaved edits in the background; {@code then} runs once all are
     * stored. A blank one is shown with its message instead, and nothing is saved.
     */
    public void saveAll(Runnable then) {
        Map<TemplateKind, Draft> sent = new EnumMap<>(drafts);
        for (Map.Entry<TemplateKind, Draft> draft : sent.entrySet()) {
            if (draft.getValue().body().isBlank()) {
                selected.set(draft.getKey());
                status.set(text.getString("templates.blank"));
                return;
            }
        }
        busy.set(true);
        tasks.run(() -> {
            List<Template> stored = new ArrayList<>();
            sent.forEach((kind, draft) -> stored.add(templates.save(kind, draft.subject(), draft.body(), draft.copy(),
                    draft.blindCopy())));
            return stored;
        }, stored -> {
            busy.set(false);
            stored.forEach(template -> {
                saved.put(template.kind(), template);
                Draft draft = sent.get(template.kind());
                savedRecipients.put(template.kind(), new Recipients(draft.copy(), draft.blindCopy()));
                if (sent.get(template.kind()).equals(drafts.get(template.kind()))) {
                    drafts.remove(template.kind());
                    edited.remove(template.kind());
                }
            });
            showKind(selected.get());
            status.set(Wording.forOwner(text).format("templates.savedAll", stored.size()));
            then.run();
        }, failure -> {
            busy.set(false);
            if (failure instanceof InvalidInput refused) {
                status.set(refused.ownersMessage());
            } else {
                tasks.report(failure);
            }
        });
    }

    /** Puts the template on screen back as it was last saved. */
    public void revert() {
        TemplateKind kind = selected.get();
        if (kind != null) {
            drafts.remove(kind);
            edited.remove(kind);
            showKind(kind);
            status.set("");
        }
    }

    /**
     * Puts Referral Desk's own wording of the template on screen, in the owner's language, as an edit:
     * Save keeps it, Revert goes back to what was saved.
     */
    public void useDefault() {
        TemplateKind kind = selected.get();
        if (kind != null && loaded.get()) {
            Template wording = templates.defaultWording(kind);
            subject.set(wording.subject());
            body.set(wording.body());
            status.set(text.getString("templates.defaultShown"));
        }
    }

    /** "Reply to an email introduction": a kind as the owner reads it. */
    public String name(TemplateKind kind) {
        return text.getString("kind." + kind.name());
    }

    /** The name in the list of kinds, marked "(edited)" while it has unsaved edits. */
    public String listName(TemplateKind kind) {
        return edited.contains(kind) ? Wording.forOwner(text).format("templates.edited", name(kind)) : name(kind);
    }

    /** When the owner sends this message. */
    public String usedWhen(TemplateKind kind) {
        return kind == null ? "" : text.getString("kind." + kind.name() + ".when");
    }

    private void showKind(TemplateKind kind) {
        if (kind == null) {
            return;
        }
        Draft draft = drafts.getOrDefault(kind, savedDraft(kind));
        showing = true;
        try {
            subject.set(draft.subject());
            body.set(draft.body());
            copy.set(draft.copy());
            blindCopy.set(draft.blindCopy());
        } finally {
            showing = false;
        }
        status.set("");
        onEdit();
    }

    private void onEdit() {
        TemplateKind kind = selected.get();
        if (!showing && kind != null) {
            Draft now = current();
            if (now.equals(savedDraft(kind))) {
                drafts.remove(kind);
                edited.remove(kind);
            } else {
                drafts.put(kind, now);
                edited.add(kind);
            }
            status.set("");
        }
        refresh();
    }

    private void refresh() {
        TemplateKind kind = selected.get();
        dirty.set(kind != null && drafts.containsKey(kind));
        if (kind == null) {
            return;
        }
        Template subjectText = subject.get().isBlank() ? null : new Template(kind, "", subject.get());
        Template bodyText = body.get().isBlank() ? null : new Template(kind, "", body.get());
        previewSubject.set(subjectText == null ? "" : subjectText.fillBody(examples));
        previewBody.set(bodyText == null ? "" : bodyText.fillBody(examples));
        Set<String> unknown = new LinkedHashSet<>();
        List<String> lines = new ArrayList<>();
        for (Template part : new Template[] {subjectText, bodyText}) {
            if (part != null) {
                unknown.addAll(part.unknownPlaceholders());
            }
        }
        for (String name : unknown) {
            lines.add(Wording.forOwner(text).format("templates.unknown", "{" + name + "}"));
        }
        if ((subjectText != null && subjectText.hasUnclosedPhrase()) || (bodyText != null && bodyText.hasUnclosedPhrase())) {
            lines.add(text.getString("templates.unclosed"));
        }
        if (bodyText == null) {
            lines.add(text.getString("templates.blank"));
        }
        flags.set(String.join("\n", lines));
    }

    private Draft current() {
        return new Draft(subject.get(), body.get(), copy.get(), blindCopy.get().strip());
    }

    private Draft savedDraft(TemplateKind kind) {
        Template template = saved.get(kind);
        Recipients recipients = savedRecipients.getOrDefault(kind, Recipients.byDefault(kind));
        return template == null ? new Draft("", "", recipients.copy(), recipients.blindCopy())
                : new Draft(template.subject(), template.body(), recipients.copy(), recipients.blindCopy());
    }

    private void failed(Throwable failure) {
        busy.set(false);
        tasks.report(failure);
    }

    public ObservableList<TemplateKind> kinds() {
        return kinds;
    }

    public ObjectProperty<TemplateKind> selectedProperty() {
        return selected;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    /** Whom the message on screen copies in Cc. */
    public ObjectProperty<Recipients.Copy> copyProperty() {
        return copy;
    }

    /** The Bcc addresses of the message on screen, as typed. */
    public StringProperty blindCopyProperty() {
        return blindCopy;
    }

    public ReadOnlyStringProperty previewSubjectProperty() {
        return previewSubject.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty previewBodyProperty() {
        return previewBody.getReadOnlyProperty();
    }

    /** One line per problem: each unknown placeholder, a blank message; empty when all is well. */
    public ReadOnlyStringProperty flagsProperty() {
        return flags.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The template on screen differs from the saved one. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The kinds with edits not yet saved. */
    public ObservableSet<TemplateKind> editedKinds() {
        return editedView;
    }

    private record Draft(String subject, String body, Recipients.Copy copy, String blindCopy) {
    }

    private record Stored(List<Template> templates, Map<TemplateKind, Recipients> recipients, OwnerNames names,
            String whatWeDo) {
    }
}
