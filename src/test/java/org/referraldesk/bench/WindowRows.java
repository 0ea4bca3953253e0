package org.referraldesk.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;

/**
 * The window rows, read from the window probe (-Dreferraldesk.probe=FILE): cold start of the real jar on an
 * empty and on the 100k desk against {@link BareWindow}, Today's first paint in the tour against the service
 * call behind it, and resident memory after the tour against the bare window's. All headless (Monocle),
 * the app and the baseline alike. A jar without the probe gives "probe missing" rows.
 */
final class WindowRows {
    private static final List<String> HEADLESS = List.of("-Dtestfx.headless=true", "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");
    private static final int RUNS = 3;
    private static final long TIMEOUT_S = 180;

    private WindowRows() {
    }

    static void run(Bench bench) {
        if (!bench.wants("start") && !bench.wants("today") && !bench.wants("memory")) {
            return;
        }
        Path big = bench.desks().of(Desks.ISSUE);
        Samples bareShown = new Samples();
        Samples bareRss = new Samples();
        Samples empty = new Samples();
        Samples full = new Samples();
        boolean probe = jarHasProbe(bench.jar());
        for (int i = 0; i < RUNS; i++) {
            ProbeLines bare = window(bench, List.of(), List.of(BareWindow.class.getName()), "bare");
            bare.shown().ifPresent(bareShown::add);
            bare.rss().ifPresent(v -> bareRss.add(v / 1e6));
            if (probe && bench.wants("start")) {
                Path fresh = bench.scratch("empty").resolve("desk");
                Store.open(fresh).close();
                window(bench, List.of(), app(fresh), "empty").shown().ifPresent(empty::add);
                window(bench, List.of(), app(big), "big").shown().ifPresent(full::add);
            }
        }
        String missing = "probe missing: " + bench.jar().getFileName() + " does not read -Dreferraldesk.probe yet";
        if (bench.wants("start")) {
            add(bench, probe, "cold start, empty desk", "ms", empty, bareShown, missing);
            add(bench, probe, "cold start, 100k desk", "ms", full, bareShown, missing);
        }
        if (bench.wants("today") || bench.wants("memory")) {
            Samples service;
            try (Services services = bench.services(big, Desks.ISSUE)) {
                service = Samples.timed(2, 7, () -> services.today().agenda());
            }
            Samples paint = new Samples();
            Samples rss = new Samples();
            if (probe) {
                ProbeLines tour = window(bench, List.of("-Dreferraldesk.probe.tour=true"), app(big), "tour");
                if (tour.screens().containsKey("today")) {
                    paint.add(tour.screens().get("today"));
                }
                tour.rss().ifPresent(v -> rss.add(v / 1e6));
            }
            if (bench.wants("today")) {
                add(bench, probe, "Today first paint (~4,200 due)", "ms", paint, service, missing);
            }
            if (bench.wants("memory")) {
                add(bench, probe, "window RSS after Today, Referrals, Partners, Heroes", "MB", rss, bareRss, missing);
            }
        }
    }

    private static void add(Bench bench, boolean probe, String name, String unit, Samples measured, Samples baseline,
            String missing) {
        if (measured.size() == 0) {
            String why = probe ? "probe wrote nothing (see target/bench/work/*/window.log)" : missing;
            bench.results().add(new Row(name, Double.NaN, Double.NaN, unit, baseline.median(), Double.NaN, why));
        } else {
            bench.results().add(Row.of(name, unit, measured, baseline, measured.size() + " runs"));
        }
    }

    private static List<String> app(Path desk) {
        return List.of("org.referraldesk.app.Launcher", "--db", desk.toString());
    }

    /** One headless window process with the app's jars (+ Monocle, + the test classes for the bare window). */
    private static ProbeLines window(Bench bench, List<String> extra, List<String> mainAndArgs, String name) {
        Path dir = bench.scratch(name);
        Path probe = dir.resolve("probe.txt");
        List<String> jvm = new ArrayList<>(HEADLESS);
        jvm.addAll(extra);
        jvm.add("-Dreferraldesk.probe=" + probe);
        jvm.add("-cp");
        jvm.add(String.join(File.pathSeparator, bench.jar().toString(), ChildJvm.classPathEntry("openjfx-monocle"),
                testClasses()));
        ChildJvm.run(jvm, mainAndArgs, dir.resolve("window.log"), TIMEOUT_S);
        return ProbeLines.read(probe);
    }

    private static String testClasses() {
        try {
            return Path.of(BareWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the jar's classes name the probe's system property (built by the "startup" stream). */
    static boolean jarHasProbe(Path jar) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                if (entry.getName().endsWith(".class")) {
                    String text = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
                    if (text.contains("referraldesk.probe")) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Could not read " + jar, e);
        }
    }

}
