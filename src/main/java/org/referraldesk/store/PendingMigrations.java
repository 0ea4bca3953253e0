package org.referraldesk.store;

/** What opening a desk is about to migrate: from schema version {@code from} to {@code to}, in {@code count} steps. */
public record PendingMigrations(String from, String to, int count) {
}
