package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up probe the benchmark reads, on the real jar's window (headless, under Monocle): the
 * lines of the contract in their order, then the window quits by itself and leaves the desk closed.
 */
class StartProbeIT {
    @TempDir
    Path dir;

    @Test
    void theProbeSaysWhenTheWindowShowedWhatItHoldsAndQuits() throws Exception {
        List<String> lines = probe(false);
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("shown \\d+"), lines.get(0));
        assertTrue(lines.get(1).matches("rss [1-9]\\d+"), lines.get(1));
        assertEquals("done", lines.get(2));
        assertFalse(Files.exists(dir.resolve("desk.lock.db")), "the window closed the desk");
    }

    @Test
    void theTourOpensTodayReferralsPartnersAndHeroesInTurn() throws Exception {
        List<String> lines = probe(true);
        assertEquals(List.of("shown", "screen today", "screen referrals", "screen partners", "screen heroes", "rss",
                "done"), lines.stream().map(line -> line.replaceFirst(" \\d+$", "")).toList(), lines.toString());
        assertTrue(lines.stream().allMatch(line -> line.equals("done") || line.matches(".* \\d+")), lines.toString());
    }

    private List<String> probe(boolean tour) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("rd.jar", "target/referral-desk.jar"));
        assertTrue(Files.isRegularFile(jar), "run 'mvn package' first: " + jar);
        Path file = dir.resolve("probe.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dreferraldesk.probe=" + file,
                "-Dreferraldesk.probe.tour=" + tour, "-cp", jar + File.pathSeparator + monocle(),
                "org.referraldesk.app.Launcher", "--db", dir.resolve("desk").toString()));
        Process window = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("window.txt").toFile()).start();
        assertTrue(window.waitFor(120, TimeUnit.SECONDS), "the window quit by itself");
        assertEquals(0, window.exitValue(), Files.readString(dir.resolve("window.txt")));
        return Files.readAllLines(file);
    }

    /** Monocle's jar, from this test's class path: the headless glass the window tests use too. */
    private static String monocle() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("openjfx-monocle")).findFirst()
                .orElseThrow(() -> new IllegalStateException("Monocle is not on the test class path"));
    }
}
