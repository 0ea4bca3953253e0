package org.referraldesk.store;

/**
 * The H2 file system a desk is opened through: the computer's own, or one H2 has registered under
 * the name in the system property {@code referraldesk.h2.fileSystem} (the tests' disk that fills up).
 */
final class H2FileSystem {
    static final String PROPERTY = "referraldesk.h2.fileSystem";
    private static final String OWN = "jdbc:h2:file:";

    private H2FileSystem() {
    }

    static String of(String url) {
        String name = System.getProperty(PROPERTY, "");
        return name.isEmpty() || !url.startsWith(OWN) ? url : "jdbc:h2:" + name + ":" + url.substring(OWN.length());
    }
}
