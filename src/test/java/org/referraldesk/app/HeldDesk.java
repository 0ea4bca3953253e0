package org.referraldesk.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.referraldesk.domain.Contact;
import org.referraldesk.service.ReminderTimer;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;

/**
 * For tests, run in a child JVM: holds a desk the way the window does (its bell hung, the store open,
 * the reminder check watching the follow-ups' fingerprint) and answers lines on stdin:
 * {@code contacts} (how many), {@code add NAME} (a contact), {@code quit}. It prints {@code ready ...}
 * once open, {@code looked N} each time the reminder check looked (N contacts then), {@code front}
 * when a second start rang the bell, and {@code closed} at the end.
 */
public final class HeldDesk {
    private HeldDesk() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]).toAbsolutePath();
        System.setProperty("rd.logDir", db.getParent().toString());
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        WindowBell bell = WindowBell.hangOrRing(db);
        if (bell.openElsewhere()) {
            out.println(bell.answer());
            return;
        }
        bell.onRing(() -> out.println("front"));
        Store store = Store.open(db);
        Services services = Services.on(store, Clock.systemDefaultZone(), "Referral Desk test");
        ReminderTimer timer = new ReminderTimer(services.reminders(), Clock.systemDefaultZone(),
                announcement -> out.println("looked " + services.contacts().all().size()));
        out.println("ready serving=" + store.servesTheFile());
        timer.start();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
            if (line.equals("contacts")) {
                out.println("contacts " + services.contacts().all().size());
            } else if (line.startsWith("add ")) {
                String name = line.substring(4);
                store.useTransaction(tx -> tx.contacts().insert(Contact.named(name, null), java.time.Instant.now()));
                out.println("added");
            } else if (line.equals("serving")) {
                out.println("serving=" + store.servesTheFile());
            }
        }
        timer.stop(10);
        bell.close();
        services.close();
        out.println("closed");
    }
}
