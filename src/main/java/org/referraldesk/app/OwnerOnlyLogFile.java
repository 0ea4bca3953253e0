package org.referraldesk.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.referraldesk.domain.OwnerOnly;

/**
 * The log file (the FILE appender of {@link LogFiles}), private by default: before logback opens it, its
 * folder is made 0700 when it is new and the file 0600, so no line is ever readable by others.
 */
public final class OwnerOnlyLogFile extends RollingFileAppender<ILoggingEvent> {
    @Override
    public void openFile(String fileName) throws IOException {
        try {
            OwnerOnly.createFile(Path.of(fileName));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        super.openFile(fileName);
    }
}
