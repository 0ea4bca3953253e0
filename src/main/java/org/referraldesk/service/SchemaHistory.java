package org.referraldesk.service;

import java.util.Map;

/**
 * Which migration (db/migration/V*) created each table, so a restore knows which tables a document
 * of an older schema may lack: those created after it. A new table gets its line here; until then a
 * document without it is refused (RestoreTest checks that every table of the desk has one).
 */
final class SchemaHistory {
    static final int UNKNOWN = -1;

    private static final Map<String, Integer> TABLE_SINCE = Map.ofEntries(
            Map.entry("contact", 1), Map.entry("partner", 1), Map.entry("referral", 1),
            Map.entry("story_event", 1), Map.entry("follow_up", 1), Map.entry("touch", 1),
            Map.entry("gift", 1), Map.entry("template", 1), Map.entry("setting", 1),
            Map.entry("vip_invite", 3),
            Map.entry("referral_given", 5),
            Map.entry("contact_merge", 13), Map.entry("contact_merge_move", 13), Map.entry("email_thread", 14));

    private SchemaHistory() {
    }

    /** The schema version that created {@code table}, or {@link #UNKNOWN}. */
    static int tableSince(String table) {
        return TABLE_SINCE.getOrDefault(table, UNKNOWN);
    }

    static java.util.Set<String> tables() {
        return TABLE_SINCE.keySet();
    }
}
