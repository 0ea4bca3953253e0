package org.referraldesk.domain;

/** Where a partner's annual VIP invite stands: planned, sent, then accepted or declined. */
public enum VipStatus {
    PLANNED,
    SENT,
    ACCEPTED,
    DECLINED;

    /** Accepted or declined only follows a sent invite; sent only follows a planned one. */
    public boolean canFollow(VipStatus before) {
        return switch (this) {
            case PLANNED -> false;
            case SENT -> before == PLANNED;
            case ACCEPTED, DECLINED -> before == SENT || before == ACCEPTED || before == DECLINED;
        };
    }
}
