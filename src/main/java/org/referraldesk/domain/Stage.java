package org.referraldesk.domain;

/** Where a referral story stands. Stages are ordered; the three end stages close the story. */
public enum Stage {
    RECEIVED(Act.BEGINNING),
    CONTACTED(Act.BEGINNING),
    MEETING_BOOKED(Act.MIDDLE),
    MET(Act.MIDDLE),
    PROPOSAL_SENT(Act.MIDDLE),
    WON(Act.END),
    NOT_A_FIT(Act.END),
    LOST(Act.END);

    private final Act act;

    Stage(Act act) {
        this.act = act;
    }

    public Act act() {
        return act;
    }

    public boolean isEnd() {
        return act == Act.END;
    }

    /**
     * Checks a move from this stage to {@code target}: an ended story stays ended, an open story only
     * moves forward, and a story is never moved to where it already is.
     */
    public void checkMoveTo(Stage target) {
        if (target == null) {
            throw new InvalidInput("stage", "Choose the stage to move the story to.");
        }
        if (isEnd()) {
            throw new InvalidInput("stage", "This story has ended (" + label() + "); it cannot move to "
                    + target.label() + ".");
        }
        if (target == this) {
            throw new InvalidInput("stage", "The story is already at " + label() + ".");
        }
        if (!target.isEnd() && target.ordinal() < ordinal()) {
            throw new InvalidInput("stage", "A story moves forward only: " + label() + " cannot go back to "
                    + target.label() + ".");
        }
    }

    /** The stage's name as the owner reads it, e.g. "meeting booked". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
