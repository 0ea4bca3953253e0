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
            throw new InvalidInput("stage", "stage.none");
        }
        if (isEnd()) {
            throw new InvalidInput("stage", "stage.ended", this, target);
        }
        if (target == this) {
            throw new InvalidInput("stage", "stage.already", this);
        }
        if (!target.isEnd() && target.ordinal() < ordinal()) {
            throw new InvalidInput("stage", "stage.backwards", this, target);
        }
    }
}
