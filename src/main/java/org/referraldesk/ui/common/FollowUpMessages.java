package org.referraldesk.ui.common;

import javafx.beans.property.ReadOnlyStringProperty;
import org.referraldesk.domain.FollowUpKind;

/**
 * What a screen offers for a follow-up that is a message: its template filled from the story,
 * copied to the clipboard or opened as an email draft. The templates feature writes the messages;
 * a screen that offers them knows only this.
 */
public interface FollowUpMessages {

    /** Whether a follow-up of this kind is a message with a template (to copy or open as a draft). */
    boolean writes(FollowUpKind kind);

    /** Copies the follow-up's message (its body) to the clipboard. */
    void copy(long followUpId);

    /** Opens the follow-up's message as a draft in the email app (or, where there is none, copies its link). */
    void openDraft(long followUpId);

    /** The last action's outcome, in the owner's words; "" before the first. */
    ReadOnlyStringProperty statusProperty();

    /** True while the last draft could not open because the person has no email address yet. */
    javafx.beans.property.ReadOnlyBooleanProperty missingAddressProperty();
}
