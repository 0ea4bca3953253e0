package org.referraldesk.store;

/**
 * The rows that point at a contact and move to the kept record when two records of one person are
 * merged: each a table and the column holding the contact, stored by name in contact_merge_move.
 */
public enum MergedRows {
    AS_REFERRER("referral", "referrer_id", true),
    AS_CLIENT("referral", "client_id", true),
    FOLLOW_UPS("follow_up", "partner_id", true),
    TOUCHES("touch", "partner_id", false),
    GIFTS("gift", "partner_id", false),
    GIVEN_TO("referral_given", "to_contact_id", false),
    GIVEN_AS_CLIENT("referral_given", "client_id", false),
    VIP_INVITES("vip_invite", "partner_id", false);

    private final String table;
    private final String column;
    private final boolean trashable;

    MergedRows(String table, String column, boolean trashable) {
        this.table = table;
        this.column = column;
        this.trashable = trashable;
    }

    String table() {
        return table;
    }

    String column() {
        return column;
    }

    /** The condition for the rows the owner sees (not in the trash). */
    String live() {
        return trashable ? "deleted_at IS NULL" : "TRUE";
    }
}
