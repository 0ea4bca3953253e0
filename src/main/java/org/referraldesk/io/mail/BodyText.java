package org.referraldesk.io.mail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import org.apache.james.mime4j.dom.Body;
import org.apache.james.mime4j.dom.Entity;
import org.apache.james.mime4j.dom.Message;
import org.apache.james.mime4j.dom.Multipart;
import org.apache.james.mime4j.dom.TextBody;

/**
 * The text the sender wrote, decoded by mime4j (charset, quoted-printable, base64): plain text
 * preferred, an HTML part turned into text when it is the only one; attachments and forwarded
 * messages are not the body.
 */
final class BodyText {
    /** More text than this is not read: the first lines are all the desk keeps. */
    static final int MOST_CHARS = 200_000;

    private BodyText() {
    }

    static String of(Entity entity) {
        String plain = first(entity, "text/plain");
        if (plain != null) {
            return plain;
        }
        String html = first(entity, "text/html");
        return html == null ? "" : MailText.fromHtml(html);
    }

    private static String first(Entity entity, String type) {
        Body body = entity.getBody();
        if (body instanceof Multipart multipart) {
            for (Entity part : multipart.getBodyParts()) {
                if (!"attachment".equalsIgnoreCase(part.getDispositionType())) {
                    String text = first(part, type);
                    if (text != null) {
                        return text;
                    }
                }
            }
            return null;
        }
        if (body instanceof TextBody text && !(body instanceof Message) && type.equalsIgnoreCase(entity.getMimeType())) {
            return read(text);
        }
        return null;
    }

    private static String read(TextBody body) {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader reader = body.getReader()) {
            int n;
            while (text.length() < MOST_CHARS && (n = reader.read(buffer)) > 0) {
                text.append(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
