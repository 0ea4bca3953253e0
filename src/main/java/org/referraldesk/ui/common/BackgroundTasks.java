package org.referraldesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.referraldesk.domain.Cancelled;
import org.referraldesk.domain.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the window reaches the database or the disk: work runs on a background thread, its
 * result comes back on the FX thread, and a failure always reaches a handler the owner sees.
 * Running work is never interrupted (an interrupt can damage the H2 file): {@link #shutdown()} lets
 * it finish.
 */
public final class BackgroundTasks {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);

    private final Executor worker;
    private final Executor fxThread;
    private final Consumer<Throwable> failures;
    /** Work handed in whose answer has not yet been given on the FX thread. */
    private final AtomicInteger unanswered = new AtomicInteger();

    public BackgroundTasks(Executor worker, Executor fxThread, Consumer<Throwable> failures) {
        this.worker = worker;
        this.fxThread = fxThread;
        this.failures = failures;
    }

    /** One background thread for the database, answers on the FX thread. */
    public static BackgroundTasks forWindow(Consumer<Throwable> failures) {
        ExecutorService single = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "referral-desk-worker");
            thread.setDaemon(false);
            return thread;
        });
        return new BackgroundTasks(single, Platform::runLater, failures);
    }

    /** Runs {@code work} in the background and hands its result to {@code onSuccess} on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<T> onSuccess) {
        run(work, onSuccess, failures);
    }

    /** As {@link #run(Callable, Consumer)}, with a failure handler of the caller's own. */
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        unanswered.incrementAndGet();
        try {
            execute(work, onSuccess, onFailure);
        } catch (RuntimeException refused) {
            unanswered.decrementAndGet(); // shut down: the work never runs
            throw refused;
        }
    }

    private <T> void execute(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                answer(() -> onSuccess.accept(result));
            } catch (InvalidInput refused) {
                LOG.info("Refused: {}", refused.getMessage());
                answer(() -> onFailure.accept(refused));
            } catch (Cancelled stopped) {
                LOG.info("Cancelled: {}", stopped.getMessage());
                answer(() -> onFailure.accept(stopped));
            } catch (Exception | Error e) {
                LOG.warn("Background task failed", e);
                answer(() -> onFailure.accept(e));
            }
        });
    }

    private void answer(Runnable handler) {
        fxThread.execute(() -> {
            try {
                handler.run();
            } finally {
                unanswered.decrementAndGet();
            }
        });
    }

    /** Whether every piece of work handed in has finished and been answered (the screen shows its result). */
    public boolean idle() {
        return unanswered.get() == 0;
    }

    /** Shows a failure through the window's handler (the caller is on the FX thread). */
    public void report(Throwable failure) {
        failures.accept(failure);
    }

    /** Lets the running and queued work finish (no interrupts), waiting up to {@code seconds}. */
    public boolean shutdown(long seconds) {
        if (worker instanceof ExecutorService service) {
            service.shutdown();
            try {
                return service.awaitTermination(seconds, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
