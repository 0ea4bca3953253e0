package org.referraldesk.cli;

import org.referraldesk.domain.Wording;

/** What the command line says to the owner: a key of cli/messages.properties filled in the owner's language. */
final class Said {
    static final String BUNDLE = "org.referraldesk.cli.messages";

    private Said() {
    }

    static String text(String key, Object... arguments) {
        return Wording.forOwner(BUNDLE).format(key, arguments);
    }
}
