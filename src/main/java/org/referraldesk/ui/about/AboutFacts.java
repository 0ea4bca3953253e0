package org.referraldesk.ui.about;

import java.net.URI;
import java.nio.file.Path;

/**
 * What the About dialog tells: the app's name, version, vendor, copyright and licence (from the pom,
 * through the app's build info), where the database and the log live, and the Java that runs it.
 * The app layer fills it in; the window never reads build files itself.
 */
public record AboutFacts(String name, String version, String vendor, String copyright, String licence,
        URI licenceLink, String licenceText, Path dataFolder, Path logFolder, String runtime) {
}
