package org.referraldesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.referraldesk.domain.FollowUpLine;
import org.referraldesk.io.FollowUpCalendar;
import org.referraldesk.io.WholeFile;
import org.referraldesk.store.Store;

/** Exports every open follow-up to an iCalendar file the owner opens in Outlook or Google Calendar. */
public final class CalendarExport {
    /** Far enough ahead for every open follow-up (H2 keeps years up to 9999). */
    static final Instant FAR_FUTURE = Instant.parse("9999-12-31T00:00:00Z");

    private final Store store;
    private final Clock clock;
    private final FollowUpCalendar calendar = new FollowUpCalendar();

    public CalendarExport(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Writes the open follow-ups to {@code file} (replacing it whole, never half-written); returns how many. */
    public int export(Path file) {
        List<FollowUpLine> open = store.inTransaction(tx -> tx.followUps().dueBy(FAR_FUTURE));
        WholeFile.write(file, out -> calendar.write(open, clock.instant(), out));
        return open.size();
    }
}
