package org.referraldesk.store;

import java.nio.file.Path;

/** The JDBC address of a desk's H2 file and the settings it is opened with. */
final class StoreUrl {
    private StoreUrl() {
    }

    /** Durable writes (no write delay); the database stays open until {@link Store#close()}. */
    static String of(Path base) {
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }
}
