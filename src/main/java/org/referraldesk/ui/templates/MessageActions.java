package org.referraldesk.ui.templates;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DataFormat;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.Message;
import org.referraldesk.service.Templates;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.FollowUpMessages;
import org.slf4j.LoggerFactory;

/**
 * What a screen offers for a follow-up that is a message (respond, thank, update, not-a-fit, check-in,
 * public thanks, VIP invite): its template filled from the story, copied to the clipboard or opened
 * as a draft in the owner's email app. Every call starts on the FX thread; the message is written in
 * the background, and {@link #statusProperty()} says what happened in a line the screen can show.
 *
 * <p>Wire it with the feature's texts: {@code new MessageActions(templates, tasks,
 * views.textFor(MessageActions.class))}.
 */
public final class MessageActions implements FollowUpMessages {

    /** Opens a mailto: link in the email app, off the FX thread; false where this computer cannot. */
    @FunctionalInterface
    public interface MailApp {
        boolean open(URI mailto) throws Exception;
    }

    /** The desktop's email app through AWT (the window is no JavaFX Application, so HostServices is absent). */
    public static final MailApp DESKTOP = mailto -> {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.MAIL)) {
            return false;
        }
        try {
            Desktop.getDesktop().mail(mailto);
            return true;
        } catch (IOException noMailApp) {
            LoggerFactory.getLogger(MessageActions.class).warn("No email app opened {}", mailto.getScheme(), noMailApp);
            return false;
        }
    };

    private final Templates templates;
    private final BackgroundTasks tasks;
    private final ResourceBundle text;
    private final MailApp mailApp;
    private final Consumer<String> clipboard;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper missingAddress =
            new javafx.beans.property.ReadOnlyBooleanWrapper(false);

    public MessageActions(Templates templates, BackgroundTasks tasks, ResourceBundle text) {
        this(templates, tasks, text, DESKTOP, MessageActions::toSystemClipboard);
    }

    /** With the email app and the clipboard given (tests give stand-ins). */
    public MessageActions(Templates templates, BackgroundTasks tasks, ResourceBundle text, MailApp mailApp,
            Consumer<String> clipboard) {
        this.templates = templates;
        this.tasks = tasks;
        this.text = text;
        this.mailApp = mailApp;
        this.clipboard = clipboard;
        status.addListener((obs, was, now) -> missingAddress.set(false));
    }

    /** Whether a follow-up of this kind is a message these actions can write. */
    public static boolean offersMessage(FollowUpKind kind) {
        return kind != null && Templates.templateFor(kind).isPresent();
    }

    @Override
    public boolean writes(FollowUpKind kind) {
        return offersMessage(kind);
    }

    /** Writes the follow-up's message and hands it over on the FX thread, e.g. to show it. */
    public void compose(long followUpId, Consumer<Message> onComposed) {
        tasks.run(() -> templates.compose(followUpId), onComposed, this::failed);
    }

    /** Copies the follow-up's message (its body) to the clipboard. */
    @Override
    public void copy(long followUpId) {
        compose(followUpId, message -> {
            clipboard.accept(message.body());
            status.set(withWarnings(text.getString("message.copied"), message));
        });
    }

    /**
     * Opens the follow-up's message as a draft in the email app (to, subject and body); where there
     * is no email app to open, the mailto: link goes to the clipboard instead and the status says so.
     * When the person has no email address, no draft opens: the message goes to the clipboard and the
     * status says so and where to add the address.
     */
    @Override
    public void openDraft(long followUpId) {
        tasks.run(() -> {
            Message message = templates.compose(followUpId);
            if (message.to().isBlank()) {
                return new Draft(message, null, false);
            }
            URI link = message.mailto();
            return new Draft(message, link, mailApp.open(link));
        }, draft -> {
            if (draft.link() == null) { // no address: no empty draft, and the owner is told where to add one
                clipboard.accept(draft.message().body());
                status.set(withWarnings(text.getString("message.noAddress"), draft.message()));
                missingAddress.set(true);
                return;
            }
            if (!draft.opened()) {
                clipboard.accept(draft.link().toString());
            }
            status.set(withWarnings(opened(draft), draft.message()));
        }, this::failed);
    }

    private String opened(Draft draft) {
        if (!draft.opened()) {
            return text.getString("message.noMailApp");
        }
        Message message = draft.message();
        return message.cc().isEmpty() ? text.getString("message.opened")
                : Wording.forOwner(text).format("message.openedWithCopy", message.to(), message.cc());
    }

    @Override
    public javafx.beans.property.ReadOnlyBooleanProperty missingAddressProperty() {
        return missingAddress.getReadOnlyProperty();
    }

    /** The last action's outcome, in the owner's words; "" before the first. */
    @Override
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    private String withWarnings(String done, Message message) {
        List<String> lines = new ArrayList<>(List.of(done));
        if (!message.unknownPlaceholders().isEmpty()) {
            lines.add(Wording.forOwner(text).format("message.unknown", braces(message.unknownPlaceholders())));
        }
        if (!message.unfilledPlaceholders().isEmpty()) {
            lines.add(Wording.forOwner(text).format("message.unfilled", braces(message.unfilledPlaceholders())));
        }
        return String.join(" ", lines);
    }

    private static String braces(List<String> names) {
        return String.join(", ", names.stream().map(name -> "{" + name + "}").toList());
    }

    private void failed(Throwable failure) {
        if (failure instanceof InvalidInput refused) {
            status.set(refused.ownersMessage());
        } else {
            status.set("");
            tasks.report(failure);
        }
    }

    private static void toSystemClipboard(String content) {
        Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, content));
    }

    private record Draft(Message message, URI link, boolean opened) {
    }
}
