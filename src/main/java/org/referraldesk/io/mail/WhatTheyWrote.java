package org.referraldesk.io.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The first lines the sender wrote now: quoted history ("> ..." and everything from "On ... wrote:"
 * or "-----Original Message-----"), the signature (from "-- ") and the phone's "Sent from my ..."
 * are left out, blank lines and greetings kept short.
 */
final class WhatTheyWrote {
    static final int LINES = 4;
    static final int LONGEST = 600;

    private static final Pattern QUOTE_STARTS = Pattern.compile(
            "(?i)^(on .{0,200}wrote:?|am .{0,200}schrieb .{0,120}:|le .{0,200}a écrit ?:|el .{0,200}escribió:"
                    + "|-{2,} ?original message ?-{2,}|-{2,} ?forwarded message ?-{2,}|begin forwarded message:"
                    + "|from: .+|von: .+|de: .+)$");
    private static final Pattern SIGNATURE_STARTS = Pattern.compile(
            "(?i)^(-- ?|--|__+|sent from my .*|get outlook for .*|envoyé de mon .*|von meinem .* gesendet|enviado desde mi .*)$");

    private WhatTheyWrote() {
    }

    static String firstLines(String body) {
        List<String> kept = new ArrayList<>();
        int length = 0;
        for (String raw : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.replace("\u0000", "").strip();
            if (QUOTE_STARTS.matcher(line).matches() || SIGNATURE_STARTS.matcher(line).matches()) {
                break;
            }
            if (line.isEmpty() || line.startsWith(">")) {
                continue;
            }
            kept.add(line);
            length += line.length();
            if (kept.size() == LINES || length >= LONGEST) {
                break;
            }
        }
        String text = String.join("\n", kept);
        return text.length() > LONGEST ? text.substring(0, LONGEST).strip() + "…" : text;
    }
}
