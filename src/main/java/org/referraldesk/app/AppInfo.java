package org.referraldesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name, version, vendor, copyright and licence, filled in from pom.xml at build time. */
public record AppInfo(String name, String version, String vendor, String copyright, String licence,
        String licenceUrl) {

    public static AppInfo load() {
        Properties p = new Properties();
        try (InputStream in = AppInfo.class.getResourceAsStream("app.properties")) {
            if (in == null) {
                throw new IllegalStateException("app.properties is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new AppInfo(p.getProperty("name"), p.getProperty("version"), p.getProperty("vendor"),
                p.getProperty("copyright"), p.getProperty("licence"), p.getProperty("licenceUrl"));
    }

    /** The licence's full text (the project's LICENSE file, copied into the jar by the build). */
    public String licenceText() {
        try (InputStream in = AppInfo.class.getResourceAsStream("LICENSE")) {
            if (in == null) {
                throw new IllegalStateException("LICENSE is missing from the build");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Referral Desk 0.1.0-SNAPSHOT". */
    public String nameAndVersion() {
        return name + " " + version;
    }
}
