package org.referraldesk.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import org.referraldesk.ui.common.Navigator;
import org.slf4j.LoggerFactory;

/**
 * What the benchmark reads of a window start, off unless {@code referraldesk.probe=FILE} is set:
 * appends {@code shown <ms since JVM start>} once Today's first frame is painted; with
 * {@code referraldesk.probe.tour=true} opens Today, Referrals, Partners and Heroes through the
 * {@link Navigator}, each {@code screen <name> <ms from request to painted>}; then
 * {@code rss <bytes>} (after a GC), {@code done}, and quits the way the tray's Quit does.
 * "Painted" is: no background work unanswered on two pulses in a row (the first one's frame drew it).
 */
final class StartProbe {
    static final String FILE = "referraldesk.probe";
    static final String TOUR = "referraldesk.probe.tour";

    private final Path file;
    private final boolean tour;
    /** Lines go to the file on a thread of their own: the FX thread never waits on the disk. */
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "referral-desk-probe");
        thread.setDaemon(true);
        return thread;
    });

    private StartProbe(Path file, boolean tour) {
        this.file = file;
        this.tour = tour;
    }

    /** The probe the system properties ask for, or none. */
    static Optional<StartProbe> fromSystem() {
        String file = System.getProperty(FILE);
        return file == null || file.isBlank() ? Optional.empty()
                : Optional.of(new StartProbe(Path.of(file), Boolean.getBoolean(TOUR)));
    }

    /** On the FX thread, right after the window was shown; {@code quit} ends the window's run. */
    void watch(BooleanSupplier idle, Navigator navigator, Runnable quit) {
        whenPainted(idle, () -> {
            long sinceStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
            write("shown " + sinceStart);
            Deque<Screen> screens = new ArrayDeque<>();
            if (tour) {
                screens.add(new Screen("today", navigator::showToday));
                screens.add(new Screen("referrals", navigator::showReferrals));
                screens.add(new Screen("partners", navigator::showPartners));
                screens.add(new Screen("heroes", navigator::showHeroes));
            }
            next(screens, idle, quit);
        });
    }

    private record Screen(String name, Runnable open) {
    }

    private void next(Deque<Screen> screens, BooleanSupplier idle, Runnable quit) {
        Screen screen = screens.poll();
        if (screen == null) {
            writer.execute(() -> {
                System.gc();
                append("rss " + residentBytes());
                append("done");
                quit.run();
            });
            writer.shutdown();
            return;
        }
        long asked = System.nanoTime();
        screen.open().run();
        whenPainted(idle, () -> {
            write("screen " + screen.name() + " " + (System.nanoTime() - asked) / 1_000_000);
            next(screens, idle, quit);
        });
    }

    /** Runs {@code then} on the FX thread once two pulses in a row found nothing unanswered. */
    private static void whenPainted(BooleanSupplier idle, Runnable then) {
        new AnimationTimer() {
            private int quietPulses;

            @Override
            public void handle(long now) {
                quietPulses = idle.getAsBoolean() ? quietPulses + 1 : 0;
                if (quietPulses == 2) {
                    stop();
                    then.run();
                }
            }
        }.start();
    }

    private void write(String line) {
        writer.execute(() -> append(line));
    }

    private void append(String line) {
        try {
            Files.writeString(file, line + System.lineSeparator(), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            LoggerFactory.getLogger(StartProbe.class).warn("The probe could not write to {}", file, e);
        }
    }

    /** VmRSS of /proc/self/status in bytes, or -1 where there is none (not Linux). */
    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(StartProbe.class).warn("No resident size to read", e);
        }
        return -1;
    }
}
