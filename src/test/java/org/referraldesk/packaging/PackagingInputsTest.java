package org.referraldesk.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The quick half of the packaging check, run by every `mvn verify`: the inputs packaging/Package.java
 * hands to jlink and jpackage are all there and well formed. Building the app image itself takes over
 * a minute on two cores, so packaging/check-app-image.sh does that before a release.
 */
class PackagingInputsTest {
    private static final Path PACKAGING = Path.of("packaging");

    @Test
    void everyModuleTheRuntimeListsIsInThisJdk() throws IOException {
        List<String> modules = lines(PACKAGING.resolve("jlink-modules.txt"));
        assertTrue(modules.containsAll(List.of("java.base", "java.desktop", "java.sql", "jdk.unsupported")), modules::toString);
        for (String module : modules) {
            assertTrue(ModuleFinder.ofSystem().find(module).isPresent(), module + " is a module of this JDK");
        }
    }

    @Test
    void everyFileAnOptionFileNamesExists() throws IOException {
        List<Path> argFiles;
        try (Stream<Path> files = Files.walk(PACKAGING)) {
            argFiles = files.filter(f -> f.toString().endsWith(".args")).collect(Collectors.toList());
        }
        assertEquals(7, argFiles.size(), "app image and installer options for Linux, Windows and macOS");
        List<String> named = new ArrayList<>();
        for (Path argFile : argFiles) {
            for (String line : lines(argFile)) {
                String value = line.contains(" ") ? line.substring(line.indexOf(' ') + 1).trim() : "";
                if (value.startsWith("packaging/") || value.equals("LICENSE")) {
                    named.add(value);
                } else if (line.startsWith("--add-launcher ")) {
                    named.add(value.substring(value.indexOf('=') + 1));
                }
            }
        }
        assertTrue(named.contains("packaging/icons/referral-desk-256.png"), named::toString);
        for (String file : named) {
            assertTrue(Files.exists(Path.of(file)), file + " exists");
        }
    }

    @Test
    void everyAppImageLauncherMapsTheClassArchiveThePackageStepBuilds() throws IOException {
        for (String os : List.of("linux", "macos", "windows")) {
            List<String> options = lines(PACKAGING.resolve(os).resolve("app-image.args"));
            assertTrue(options.contains("--java-options -XX:SharedArchiveFile=$APPDIR/referral-desk.jsa"), os);
            assertTrue(options.contains("--java-options -Xshare:auto"), os + ": a stale archive is ignored, never fatal");
        }
    }

    @Test
    void theIconsAreSquarePngsOfTheSizesJpackageWants() throws IOException {
        for (int size : new int[] {256, 512}) {
            BufferedImage icon = ImageIO.read(PACKAGING.resolve("icons/referral-desk-" + size + ".png").toFile());
            assertEquals(size, icon.getWidth());
            assertEquals(size, icon.getHeight());
        }
        byte[] ico = Files.readAllBytes(PACKAGING.resolve("icons/referral-desk.ico"));
        assertEquals(List.of(0, 0, 1, 0), List.of((int) ico[0], (int) ico[1], (int) ico[2], (int) ico[3]), "an ICO header");
        byte[] icns = Files.readAllBytes(PACKAGING.resolve("icons/referral-desk.icns"));
        assertEquals("icns", new String(icns, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(icns.length, java.nio.ByteBuffer.wrap(icns, 4, 4).getInt(), "the ICNS length is the file's");
    }

    @Test
    void theWindowsUpgradeCodeIsAUuidAndTheMenuEntryStartsTheWindowWithoutArguments() throws IOException {
        String uuid = lines(PACKAGING.resolve("windows/msi.args")).stream()
                .filter(l -> l.startsWith("--win-upgrade-uuid ")).findFirst().orElseThrow().split(" ")[1];
        assertEquals(uuid, UUID.fromString(uuid).toString());
        String desktop = Files.readString(PACKAGING.resolve("linux/resources/ReferralDesk.desktop"));
        // no file association: restoring a backup is a deliberate step on the Data screen (ADR 0007)
        assertTrue(desktop.lines().anyMatch("Exec=/opt/referraldesk/bin/ReferralDesk"::equals), desktop);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::trim)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
    }
}
