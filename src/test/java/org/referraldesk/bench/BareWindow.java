package org.referraldesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The start-up baseline: an empty JavaFX 21 window with the app's jars, nothing else. With
 * {@code -Dreferraldesk.probe=FILE} it appends {@code shown <ms since JVM start>} once its first frame is
 * painted, then {@code rss <bytes>} (VmRSS after System.gc()) and {@code done}, and quits: the window
 * probe's contract (notes of issue 14), so the suite reads the app and this the same way.
 */
public final class BareWindow {
    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself (a nested class: JavaFX on the class path refuses a main class that is an Application). */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(), 1100, 750);
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    // the frame of this pulse is painted once the pulse ends: the next runLater comes after it
                    Platform.runLater(() -> {
                        long shown = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                        append("shown " + shown);
                        System.gc();
                        append("rss " + residentBytes());
                        append("done");
                        Platform.exit();
                    });
                }
            });
            stage.setTitle("Bare window");
            stage.setScene(scene);
            stage.show();
        }
    }

    static long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static void append(String line) {
        String file = System.getProperty("referraldesk.probe");
        if (file == null) {
            return;
        }
        try {
            Files.writeString(Path.of(file), line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
