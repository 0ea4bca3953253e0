package org.referraldesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Name, version, vendor, copyright and licence, filled in from pom.xml at build time. */
public record AppInfo(String name, String version, String vendor, String copyright, String licence) {

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
                p.getProperty("copyright"), p.getProperty("licence"));
    }

    /** "Referral Desk 0.1.0-SNAPSHOT". */
    public String nameAndVersion() {
        return name + " " + version;
    }
}
