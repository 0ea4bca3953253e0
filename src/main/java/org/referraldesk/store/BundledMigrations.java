package org.referraldesk.store;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * Whether a desk's schema is this build's, learnt without Flyway (whose start costs a second or
 * more): the newest version in flyway_schema_history, read with one plain query, against the
 * newest script bundled in db/migration. Anything unusual (no history, a failed step, a listing
 * that cannot be read) answers "not known to be current", and Flyway decides.
 */
final class BundledMigrations {
    private static final String FOLDER = "db/migration";
    private static final Pattern SCRIPT = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");
    static final Comparator<String> BY_VERSION = BundledMigrations::compare;

    private BundledMigrations() {
    }

    /** Whether the desk's newest successful migration is the newest bundled one, and none failed. */
    static boolean current(DataSource source) {
        Optional<String> bundled = newestBundled();
        if (bundled.isEmpty()) {
            return false;
        }
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\"")) {
            String newest = null;
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    return false;
                }
                if (version != null && (newest == null || compare(version, newest) > 0)) {
                    newest = version;
                }
            }
            return newest != null && compare(newest, bundled.get()) == 0;
        } catch (SQLException noHistory) {
            return false; // a new desk, or one Flyway never migrated
        }
    }

    /** The version of the newest script in db/migration ("10" of V10__…sql), or empty when it cannot be listed. */
    static Optional<String> newestBundled() {
        URL folder = BundledMigrations.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return Optional.empty();
        }
        try (Stream<String> names = names(folder)) {
            return names.map(SCRIPT::matcher).filter(Matcher::matches).map(m -> m.group(1)).max(BY_VERSION);
        } catch (IOException | URISyntaxException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Stream<String> names(URL folder) throws IOException, URISyntaxException {
        if (folder.getProtocol().equals("file")) {
            return Files.list(Path.of(folder.toURI())).map(file -> file.getFileName().toString());
        }
        if (folder.getProtocol().equals("jar")) {
            JarURLConnection jar = (JarURLConnection) folder.openConnection();
            jar.setUseCaches(false);
            var file = jar.getJarFile();
            Stream.Builder<String> names = Stream.builder();
            for (Enumeration<JarEntry> entries = file.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.startsWith(FOLDER + "/") && name.indexOf('/', FOLDER.length() + 1) < 0) {
                    names.add(name.substring(FOLDER.length() + 1));
                }
            }
            file.close();
            return names.build();
        }
        return Stream.empty();
    }

    /** Flyway's order of versions: part by part, as numbers ("10" after "9", "1.2" after "1"). */
    private static int compare(String a, String b) {
        String[] left = a.split("[._]");
        String[] right = b.split("[._]");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }
}
