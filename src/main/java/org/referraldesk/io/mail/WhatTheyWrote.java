package org.referraldesk.io.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The first lines the sender wrote now: the first paragraph after the greeting ("Hi both,"), and
 * the next one too when the first is short. Quoted history ("> ..." and everything from
 * "On ... wrote:", "Von: ...", "-----Original Message-----"), the sign-off ("Best,"), the signature
 * (from "-- ") and the phone's "Sent from my ..." are left out. The lines, wrapped by the mail
 * program or not, are joined into one line: the need is one line wherever the desk shows it.
 */
final class WhatTheyWrote {
    static final int LINES = 4;
    static final int LONGEST = 600;
    /** A first paragraph shorter than this is followed by the next one. */
    static final int SHORT = 80;

    private static final Pattern QUOTE_STARTS = Pattern.compile(
            "(?i)^(on .{0,200}wrote:?|am .{0,200}schrieb .{0,120}:|le .{0,200}a écrit ?:|el .{0,200}escribió:"
                    + "|-{2,} ?original message ?-{2,}|-{2,} ?forwarded message ?-{2,}|begin forwarded message:"
                    + "|from: .+|von: .+|de: .+)$");
    private static final Pattern SIGNATURE_STARTS = Pattern.compile(
            "(?i)^(-- ?|--|__+|sent from my .*|get outlook for .*|envoyé de mon .*|von meinem .* gesendet|enviado desde mi .*)$");
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)^(best|thanks|thank you|cheers|regards|best regards"
            + "|kind regards|warm regards|all the best|viele grüße|mit freundlichen grüßen|liebe grüße|beste grüße"
            + "|cordialement|bien à vous|bises|un abrazo|saludos|un saludo|atentamente)\\b.{0,20}$");
    private static final Pattern GREETING = Pattern.compile("(?i)^(hi|hello|hey|dear|hallo|liebe|lieber|sehr geehrte"
            + "|guten tag|bonjour|salut|chère|cher|hola|estimad[ao]|querid[ao])\\b.{0,60}[,:!]$");

    private WhatTheyWrote() {
    }

    static String firstLines(String body) {
        List<String> kept = new ArrayList<>();
        int length = 0;
        int paragraphs = 0;
        boolean inParagraph = false;
        for (String raw : body.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.replace("\u0000", "").strip();
            if (QUOTE_STARTS.matcher(line).matches() || SIGNATURE_STARTS.matcher(line).matches()
                    || SIGN_OFF.matcher(line).matches()) {
                break;
            }
            if (line.startsWith(">") || kept.isEmpty() && GREETING.matcher(line).matches()) {
                continue;
            }
            if (line.isEmpty()) {
                if (inParagraph) {
                    paragraphs++;
                    inParagraph = false;
                    if (length >= SHORT || paragraphs == 2) {
                        break;
                    }
                }
                continue;
            }
            kept.add(line);
            inParagraph = true;
            length += line.length();
            if (kept.size() == LINES || length >= LONGEST) {
                break;
            }
        }
        String text = String.join(" ", kept).strip();
        return text.length() > LONGEST ? text.substring(0, LONGEST).strip() + "…" : text;
    }
}
