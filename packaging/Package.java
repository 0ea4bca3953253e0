import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds Referral Desk's installers for the operating system it runs on, after {@code mvn package}:
 * a jlink-trimmed Java runtime (modules from packaging/jlink-modules.txt, locales from
 * packaging/jlink-locales.txt), a jpackage app image
 * (target/jpackage/ReferralDesk), then each installer whose tools are here (Linux: deb with dpkg-deb
 * and fakeroot, rpm with rpmbuild; Windows: msi with WiX 3; macOS: dmg) into target/installers.
 * The pom's {@code package} profile runs it from the project folder:
 * {@code java packaging/Package.java TARGET VERSION VENDOR COPYRIGHT DESCRIPTION [app-image]}.
 */
public final class Package {
    private static final String NAME = "ReferralDesk";
    private static final String MAIN_CLASS = "org.referraldesk.app.Launcher";

    private final Path target;
    private final String version;
    private final String vendor;
    private final String copyright;
    private final String description;
    private final String os;

    private Package(String[] args) {
        target = Path.of(args[0]).toAbsolutePath();
        version = args[1].replaceFirst("-SNAPSHOT$", "");
        vendor = args[2];
        copyright = args[3];
        description = args[4];
        String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        os = name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "macos" : "linux";
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 5) {
            System.err.println("usage: java packaging/Package.java TARGET VERSION VENDOR COPYRIGHT DESCRIPTION [app-image]");
            System.exit(2);
        }
        Package build = new Package(args);
        Path image = build.appImage();
        if (args.length > 5 && args[5].equals("app-image")) {
            return;
        }
        for (String type : build.installerTypes()) {
            build.installer(image, type);
        }
    }

    /** The {@code Class-Path} of the jar's manifest: lib/a.jar lib/b.jar ... */
    private static List<String> classPath(Path jar) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            String value = file.getManifest().getMainAttributes().getValue("Class-Path");
            return value == null ? List.of() : List.of(value.trim().split("\\s+"));
        }
    }

    /** jlink, then jpackage --type app-image; prints the modules and the image's size. */
    private Path appImage() throws IOException {
        Path work = target.resolve("jpackage");
        delete(work);
        Path input = Files.createDirectories(work.resolve("input"));
        Files.copy(target.resolve("referral-desk.jar"), input.resolve("referral-desk.jar"));
        // exactly the jars the manifest's Class-Path names (target/lib may hold old versions too)
        for (String entry : classPath(target.resolve("referral-desk.jar"))) {
            Path jar = target.resolve(entry);
            Path copy = input.resolve(jar.getFileName());
            if (jar.getFileName().toString().startsWith("icu4j-")) {
                IcuData.slim(jar, copy);
            } else {
                Files.copy(jar, copy);
            }
        }
        String modules = String.join(",", lines(Path.of("packaging/jlink-modules.txt")));
        Path runtime = work.resolve("runtime");
        String locales = String.join(",", lines(Path.of("packaging/jlink-locales.txt")));
        run("jlink", "--add-modules", modules, "--include-locales", locales, "--output", runtime.toString(),
                "--strip-debug", "--generate-cds-archive",
                "--no-header-files", "--no-man-pages", "--compress=2");
        stripNativeSymbols(runtime);
        List<String> options = new ArrayList<>(List.of("--type", "app-image", "--dest", work.toString(),
                "--input", input.toString(), "--main-jar", "referral-desk.jar", "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString()));
        options.addAll(common());
        options.addAll(argFile(os + "/app-image.args"));
        run("jpackage", options.toArray(String[]::new));
        Path image = work.resolve(os.equals("macos") ? NAME + ".app" : NAME);
        ClassArchive.build(image, work);
        System.out.printf("App image %s: %.1f MB (runtime %.1f MB) with modules %s%n", image,
                megabytes(image), megabytes(runtime), modules);
        return image;
    }

    /** The installer types of this OS whose tools are on the PATH; says which are skipped and why. */
    private List<String> installerTypes() {
        List<String> types = new ArrayList<>();
        switch (os) {
            case "linux" -> {
                want(types, "deb", "dpkg-deb", "fakeroot");
                want(types, "rpm", "rpmbuild");
            }
            case "windows" -> want(types, "msi", "candle.exe", "light.exe");
            default -> types.add("dmg");
        }
        return types;
    }

    private static void want(List<String> types, String type, String... tools) {
        List<String> missing = Stream.of(tools).filter(tool -> !onPath(tool)).collect(Collectors.toList());
        if (missing.isEmpty()) {
            types.add(type);
        } else {
            System.out.println("Skipping the ." + type + " installer: " + String.join(" and ", missing)
                    + " not found on the PATH (see packaging/README.md)");
        }
    }

    private void installer(Path image, String type) throws IOException {
        Path dest = target.resolve("installers");
        Files.createDirectories(dest);
        List<String> options = new ArrayList<>(List.of("--type", type, "--dest", dest.toString(),
                "--app-image", image.toString()));
        options.addAll(common());
        options.addAll(argFile(os + "/" + type + ".args"));
        run("jpackage", options.toArray(String[]::new));
        try (Stream<Path> files = Files.list(dest)) {
            files.filter(f -> f.getFileName().toString().endsWith("." + type))
                    .forEach(f -> System.out.printf("Installer %s: %.1f MB%n", f, megabytes(f)));
        }
    }

    private List<String> common() {
        return List.of("--name", NAME, "--app-version", version, "--vendor", vendor, "--copyright", copyright,
                "--description", description);
    }

    /** An options file: one "--option value" a line (the value may hold spaces); # starts a comment. */
    private static List<String> argFile(String name) throws IOException {
        List<String> options = new ArrayList<>();
        for (String line : lines(Path.of("packaging", name))) {
            int space = line.indexOf(' ');
            if (space < 0) {
                options.add(line);
            } else {
                options.add(line.substring(0, space));
                options.add(line.substring(space + 1).trim());
            }
        }
        return options;
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::trim)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toList());
    }

    private static void run(String tool, String... args) {
        System.out.println("> " + tool + " " + String.join(" ", args));
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is not in this JDK (run Maven with a full JDK 17+)"));
        int status = provider.run(System.out, System.err, args);
        if (status != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + status);
        }
    }

    /**
     * Linux: the JDK's native libraries keep their symbol tables (libjvm.so alone 4 MB of them); the
     * runtime needs none, so {@code strip --strip-unneeded} drops them where binutils is installed.
     */
    private void stripNativeSymbols(Path runtime) throws IOException {
        if (!os.equals("linux") || !onPath("strip")) {
            System.out.println("Native libraries kept as they are (no strip here)");
            return;
        }
        List<String> command = new ArrayList<>(List.of("strip", "--strip-unneeded"));
        try (Stream<Path> files = Files.walk(runtime.resolve("lib"))) {
            files.filter(f -> f.getFileName().toString().endsWith(".so")).forEach(f -> command.add(f.toString()));
        }
        try {
            int status = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (status != 0) {
                throw new IllegalStateException("strip failed with exit code " + status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stripping the runtime", e);
        }
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, tool)));
    }

    private static double megabytes(Path path) {
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(Package::size).sum() / 1_000_000.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                    Files.delete(file);
                }
            }
        }
    }
}

/**
 * The AppCDS archive the installed launcher maps at start ({@code --java-options
 * -XX:SharedArchiveFile=$APPDIR/referral-desk.jsa} in each OS's app-image.args): the classes a
 * window start and a command load, parsed and verified once here instead of at every start. A
 * training run lists them: the window (headless, under Monocle when {@code -Drd.monocle=JAR} names
 * its jar; the start-up probe quits it) and {@code due} on a new desk; then {@code -Xshare:dump}
 * writes them for the image's exact class path. Where the archive does not fit (another JDK, a
 * moved jar) the JVM ignores it ({@code -Xshare:auto}) and starts as without.
 */
final class ClassArchive {
    static final String FILE = "referral-desk.jsa";

    private ClassArchive() {
    }

    static void build(Path image, Path work) throws IOException {
        Path app = appFolder(image);
        Path java = runtimeJava(image);
        if (app == null || java == null) {
            System.out.println("No class archive: no app folder or java in " + image);
            return;
        }
        String classPath = classPath(app);
        Path list = work.resolve("classes.lst");
        Path desk = Files.createTempDirectory(work, "training");
        String monocle = System.getProperty("rd.monocle", "");
        List<String> window = new ArrayList<>(List.of(java.toString(), "-XX:DumpLoadedClassList=" + list + ".window"));
        if (!monocle.isEmpty() && Files.isRegularFile(Path.of(monocle))) {
            window.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                    "-Dprism.text=t2k", "-Djava.awt.headless=true",
                    "-Dreferraldesk.probe=" + work.resolve("training.probe"), "-Dreferraldesk.probe.tour=true",
                    "-cp", classPath + File.pathSeparator + monocle, "org.referraldesk.app.Launcher",
                    "--db", desk.resolve("window").toString()));
            if (!exec(window, 300)) {
                System.out.println("The window's training run did not quit within 5 minutes; it was ended");
            }
        } else {
            System.out.println("The class archive holds no window classes: give -Drd.monocle=<openjfx-monocle jar>");
        }
        exec(List.of(java.toString(), "-XX:DumpLoadedClassList=" + list + ".command", "-cp", classPath,
                "org.referraldesk.app.Launcher", "--db", desk.resolve("command").toString(), "due"), 300);
        List<String> classes = new ArrayList<>();
        for (String part : List.of(".window", ".command")) {
            Path listed = Path.of(list + part);
            if (Files.exists(listed)) {
                classes.addAll(Files.readAllLines(listed));
            }
        }
        Files.write(list, classes.stream().distinct().collect(Collectors.toList()));
        Path archive = app.resolve(FILE);
        if (!exec(List.of(java.toString(), "-Xshare:dump", "-XX:SharedClassListFile=" + list,
                "-XX:SharedArchiveFile=" + archive, "-cp", classPath), 600)) {
            throw new IllegalStateException("the class archive was not written within 10 minutes");
        }
        System.out.printf("Class archive %s: %.1f MB, %d classes listed%n", archive, Files.size(archive) / 1e6,
                classes.stream().distinct().count());
    }

    /** The class path the launcher gives the JVM (its .cfg's app.classpath, $APPDIR resolved). */
    private static String classPath(Path app) throws IOException {
        Path cfg = app.resolve("ReferralDesk.cfg");
        List<String> entries = new ArrayList<>();
        for (String line : Files.readAllLines(cfg)) {
            if (line.startsWith("app.classpath=")) {
                entries.add(line.substring("app.classpath=".length()).replace("$APPDIR", app.toString()));
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static Path appFolder(Path image) {
        Path app = image.resolve(Files.isDirectory(image.resolve("Contents")) ? "Contents/app" : "lib/app");
        return Files.isDirectory(app) ? app : null;
    }

    private static Path runtimeJava(Path image) {
        for (String candidate : List.of("lib/runtime/bin/java", "runtime/bin/java.exe",
                "Contents/runtime/Contents/Home/bin/java")) {
            if (Files.isExecutable(image.resolve(candidate))) {
                return image.resolve(candidate);
            }
        }
        return null;
    }

    /** Runs {@code command}; false when it ran over {@code seconds} (it is ended then); a failure throws. */
    private static boolean exec(List<String> command, long seconds) throws IOException {
        System.out.println("> " + String.join(" ", command));
        Process process = new ProcessBuilder(command).inheritIO().start();
        try {
            if (!process.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroy();
                process.waitFor();
                return false;
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("exit code " + process.exitValue() + " from " + command.get(0));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building the class archive", e);
        }
    }
}

/**
 * ICU4J is 15 MB, much of it locale data (collation, break iterators, time zones, units, currency
 * and language names) the desk never asks for. The app image gets a copy without those folders; it
 * keeps ICU's code, the character property files the card list's Bidi and ArabicShaping read, and
 * the top-level bundles (*.res) and curr/ the window's plural wording reads (plurals.res, the
 * locale's number symbols and currency). check-app-image.sh proves the copy still writes an Arabic and Hebrew card list.
 */
final class IcuData {
    private static final List<String> UNUSED = List.of("brkitr/", "coll/", "zone/", "unit/", "lang/",
            "region/", "translit/", "rbnf/");

    private IcuData() {
    }

    static void slim(Path jar, Path copy) throws IOException {
        String data = "com/ibm/icu/impl/data/icudata/";
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(jar));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(copy))) {
            for (java.util.zip.ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = entry.getName();
                String inData = name.startsWith(data) ? name.substring(data.length()) : null;
                // the locale folders; the top-level bundles (*.res) and curr/ stay: the window's plural
                // wording (domain/Wording) reads plurals.res and the owner's number symbols and currency
                boolean unused = inData != null && UNUSED.stream().anyMatch(inData::startsWith);
                if (unused || name.startsWith("META-INF/") && (name.endsWith(".SF") || name.endsWith(".RSA"))) {
                    continue;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(name));
                in.transferTo(out);
                out.closeEntry();
            }
        }
        System.out.printf("ICU4J for the image: %.1f MB instead of %.1f MB%n", Files.size(copy) / 1048576.0,
                Files.size(jar) / 1048576.0);
    }
}
