package org.referraldesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a desk whose schema is this build's skips Flyway; anything else leaves it to Flyway. */
class BundledMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void theNewestBundledScriptIsTheHighestVersionInTheMigrationFolder() throws IOException {
        try (Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
            Optional<String> highest = scripts.map(f -> f.getFileName().toString())
                    .map(name -> name.replaceFirst("^V([0-9._]+)__.*$", "$1")).max(BundledMigrations.BY_VERSION);
            assertEquals(highest, BundledMigrations.newestBundled());
        }
    }

    @Test
    void aNewDeskIsNotCurrentSoFlywayCreatesItsSchema() {
        assertFalse(BundledMigrations.current(desk()));
    }

    @Test
    void aDeskMigratedByThisBuildIsCurrent() {
        JdbcDataSource desk = desk();
        Migrations.migrate(desk);
        assertTrue(BundledMigrations.current(desk));
    }

    @Test
    void aDeskWhoseHistoryEndsBeforeTheNewestScriptIsLeftToFlyway() throws SQLException {
        JdbcDataSource desk = desk();
        Migrations.migrate(desk);
        sql(desk, "DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '"
                + BundledMigrations.newestBundled().orElseThrow() + "'");
        assertFalse(BundledMigrations.current(desk));
    }

    @Test
    void aDeskWithAFailedStepIsLeftToFlyway() throws SQLException {
        JdbcDataSource desk = desk();
        Migrations.migrate(desk);
        sql(desk, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '1'");
        assertFalse(BundledMigrations.current(desk));
    }

    private JdbcDataSource desk() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:" + dir.resolve("desk").toAbsolutePath());
        source.setUser("sa");
        source.setPassword("");
        return source;
    }

    private static void sql(JdbcDataSource desk, String sql) throws SQLException {
        try (Connection connection = desk.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }
}
