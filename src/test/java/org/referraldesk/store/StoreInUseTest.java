package org.referraldesk.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "In use by another process" is told apart from every other reason a database cannot open. */
class StoreInUseTest {
    @TempDir
    Path dir;

    @Test
    void h2RefusingAFileAnotherProcessHoldsMeansInUse() {
        SQLException held = new SQLException("Database may be already in use", "90020", ErrorCode.DATABASE_ALREADY_OPEN_1);
        assertTrue(Store.heldByAnotherProcess(new RuntimeException("Unable to obtain connection", held)));
        SQLException corrupt = new SQLException("File corrupted", "90030", ErrorCode.FILE_CORRUPTED_1);
        assertFalse(Store.heldByAnotherProcess(new RuntimeException(corrupt)));
    }

    @Test
    void aFileThatIsNotADatabaseIsUnavailableButNotInUse() throws Exception {
        Path junk = Files.writeString(dir.resolve("desk.mv.db"), "this is not an H2 file at all ".repeat(200));
        StoreUnavailable failure = org.junit.jupiter.api.Assertions.assertThrows(StoreUnavailable.class,
                () -> Store.open(junk));
        assertFalse(failure instanceof StoreInUse, failure.getMessage());
    }
}
