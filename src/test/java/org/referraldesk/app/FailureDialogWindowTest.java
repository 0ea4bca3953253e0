package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.DialogPane;
import javafx.scene.input.Clipboard;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A failure nobody caught, on the FX thread, in the real window: the log has its stack trace, the
 * owner reads a plain dialog (never the exception's own text) whose "Copy details" puts the details
 * on the clipboard, and the window keeps working.
 */
class FailureDialogWindowTest extends DeskWindowTest {
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger uncaught = (Logger) LoggerFactory.getLogger(UncaughtFailures.class);

    @BeforeEach
    void listen() {
        log.start();
        uncaught.addAppender(log);
    }

    @AfterEach
    void stopListening() {
        uncaught.detachAppender(log);
    }

    private void failOnTheFxThread() throws Exception {
        Platform.runLater(() -> {
            throw new IllegalStateException("org.h2.jdbc.JdbcSQLDataException: Value too long for column NAME");
        });
        waitUntilVisible(".failure-dialog .copy-details");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private DialogPane dialog() {
        return lookup(".failure-dialog").queryAs(DialogPane.class);
    }

    @Test
    void copyDetailsPutsTheStackTraceOnTheClipboardAndTheDialogStaysOpen() throws Exception {
        failOnTheFxThread();
        assertTrue(dialog().getContentText().startsWith("Referral Desk could not finish this because of an unexpected"
                + " problem"), dialog().getContentText());
        assertFalse(dialog().getContentText().contains("JdbcSQLDataException"), "no raw exception text");

        clickOn(".copy-details");
        WaitForAsyncUtils.waitForFxEvents();

        String copied = WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString())
                .get(5, TimeUnit.SECONDS);
        assertNotNull(copied);
        assertTrue(copied.startsWith("java.lang.IllegalStateException: org.h2.jdbc.JdbcSQLDataException"), copied);
        assertTrue(copied.contains("\tat "), "the stack trace");
        assertTrue(dialog().isVisible(), "copying leaves the dialog open");
        assertEquals("Copied", lookup(".copy-details").queryButton().getText());
    }

    @Test
    void anUncaughtFailureIsLoggedWithItsStackTraceAndTheWindowKeepsWorking() throws Exception {
        failOnTheFxThread();
        ILoggingEvent logged = log.list.stream().filter(e -> e.getThrowableProxy() != null).findFirst().orElseThrow();
        assertEquals("java.lang.IllegalStateException", logged.getThrowableProxy().getClassName());
        assertTrue(logged.getThrowableProxy().getStackTraceElementProxyArray().length > 0);

        clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".failure-dialog").tryQuery().isEmpty(), "the dialog closed");

        addSampleData(); // the window still answers: a screen opens, background work runs, the table fills
    }
}
