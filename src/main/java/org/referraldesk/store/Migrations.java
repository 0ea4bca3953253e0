package org.referraldesk.store;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Brings a desk's schema up to this build's with Flyway (db/migration). */
final class Migrations {
    private Migrations() {
    }

    static void migrate(DataSource source) {
        Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
    }
}
