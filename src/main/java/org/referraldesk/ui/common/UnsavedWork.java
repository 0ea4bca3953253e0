package org.referraldesk.ui.common;

/**
 * A screen the owner types into (a partner's page, Settings, the template editor). Before the shell
 * swaps it for another screen or closes the window it asks {@link #hasUnsavedWork()}; when there is
 * some, {@link LeaveQuestion} asks the owner Save / Discard / Cancel (ADR 0010).
 */
public interface UnsavedWork {

    /** True while the screen holds edits that are not saved. */
    boolean hasUnsavedWork();

    /**
     * Saves the edits in the background and runs {@code saved} on the FX thread once they are stored.
     * Input the screen refuses stays on screen with its message, and {@code saved} does not run.
     */
    void saveThen(Runnable saved);
}
