package org.referraldesk.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Whether Flyway has anything to apply, asked read-only (flyway info), so an up-to-date desk opens without a write. */
final class SchemaPending {
    private SchemaPending() {
    }

    static boolean any(DataSource source) {
        return Flyway.configure().dataSource(source).locations("classpath:db/migration").load()
                .info().pending().length > 0;
    }
}
