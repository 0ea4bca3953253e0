package org.referraldesk.store;

import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Brings a desk's schema up to this build's with Flyway (db/migration). A desk that already has a
 * schema and has migrations pending is handed to {@code before} first (the app takes a backup
 * there, ADR 0012); with nothing pending Flyway is not asked to migrate, so opening writes nothing.
 * A desk whose history already ends at the newest bundled script, with no failed step, does not
 * even load Flyway ({@link BundledMigrations}): that is every start but the first after an update.
 */
final class Migrations {
    private Migrations() {
    }

    static void migrate(DataSource source) {
        migrate(source, pending -> { });
    }

    static void migrate(DataSource source, Consumer<PendingMigrations> before) {
        if (BundledMigrations.current(source)) {
            return;
        }
        Flyway flyway = Flyway.configure().dataSource(source).locations("classpath:db/migration").load();
        MigrationInfoService info = flyway.info();
        MigrationInfo current = info.current();
        MigrationInfo[] pending = info.pending();
        boolean failedBefore = current != null && current.getState().isFailed();
        if (pending.length == 0 && !failedBefore) {
            return;
        }
        if (current != null && current.getVersion() != null && pending.length > 0) {
            before.accept(new PendingMigrations(current.getVersion().getVersion(),
                    pending[pending.length - 1].getVersion().getVersion(), pending.length));
        }
        flyway.migrate();
    }
}
