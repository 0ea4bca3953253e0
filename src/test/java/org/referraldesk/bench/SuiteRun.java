package org.referraldesk.bench;

import org.junit.jupiter.api.Test;

/**
 * Not a test: how {@code mvn -B -o -Pbench test} starts the suite (surefire runs this class only in the
 * bench profile; its name matches none of surefire's default patterns, so {@code mvn verify} never runs it).
 * The jar it times is built first by {@code mvn -B -o package -DskipTests}.
 */
class SuiteRun {
    @Test
    void runTheSuite() throws Exception {
        Suite.main(new String[0]);
    }
}
