package org.referraldesk.store;

/**
 * What runs when a desk with a schema is opened by a build with newer migrations, before the first
 * of them: the app takes a backup of the old schema here (ADR 0012). The store layer knows no
 * backups; it only hands over the desk as it still is. Throwing stops the opening, and nothing is
 * migrated.
 */
@FunctionalInterface
public interface BeforeMigration {
    /** Nothing before migrating (tests, and tools that back up themselves). */
    BeforeMigration NOTHING = (desk, pending) -> { };

    /** {@code desk} reads the old schema (e.g. a full document for a backup); do not close it. */
    void prepare(Store desk, PendingMigrations pending);
}
