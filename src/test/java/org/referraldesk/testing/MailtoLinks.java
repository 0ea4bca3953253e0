package org.referraldesk.testing;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A mailto: link (RFC 6068) read back as a mail app reads it: "to" and each of its fields, decoded. */
public final class MailtoLinks {
    private MailtoLinks() {
    }

    public static Map<String, String> decoded(URI link) {
        String raw = link.getRawSchemeSpecificPart();
        int query = raw.indexOf('?');
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("to", URLDecoder.decode(query < 0 ? raw : raw.substring(0, query), StandardCharsets.UTF_8));
        if (query >= 0) {
            for (String pair : raw.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                fields.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1).replace("+", "%2B"),
                        StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
