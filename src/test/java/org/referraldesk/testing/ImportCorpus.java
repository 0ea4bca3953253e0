package org.referraldesk.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The files of the import test corpus in src/test/resources/org/referraldesk/imports. */
public final class ImportCorpus {
    private ImportCorpus() {
    }

    public static Path file(String name) {
        URL url = ImportCorpus.class.getResource("/org/referraldesk/imports/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No corpus file " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
