package org.referraldesk.testing;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import org.referraldesk.io.mail.IntroductionEmail;

/**
 * The corpus of introduction emails (src/test/resources/org/referraldesk/io/intros), written for
 * the desk of Maya Lindqvist, a plumber with two addresses, and emails made on the spot that are
 * too large to keep as files.
 */
public final class IntroEmails {
    public static final String MAYA = "maya@lindqvist-plumbing.example";
    public static final String MAYA_PRIVATE = "Maya.Lindqvist@gmail.example";
    public static final Set<String> MAYAS_ADDRESSES = Set.of(MAYA, MAYA_PRIVATE);

    private IntroEmails() {
    }

    /** The reader as Maya's desk sets it up: her own two addresses are never a client. */
    public static IntroductionEmail mayasReader() {
        return new IntroductionEmail(MAYAS_ADDRESSES);
    }

    public static Path file(String name) {
        URL url = IntroEmails.class.getResource("/org/referraldesk/io/intros/" + name);
        if (url == null) {
            throw new IllegalArgumentException("No email " + name + " in the corpus");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Anna introduces Ben and attaches a photo of {@code attachmentBytes} bytes (base64, 76 a line). */
    public static byte[] withAttachment(int attachmentBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(attachmentBytes * 4 / 3 + 4096);
        write(out, "From: Anna Berg <anna.berg@gmail.example>\r\nTo: " + MAYA + ", Ben Okafor <ben.okafor@outlook.example>\r\n"
                + "Subject: Ben's boiler (photo attached)\r\nDate: Mon, 16 Nov 2026 09:14:27 +0100\r\n"
                + "Message-ID: <photo@mail.gmail.example>\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Maya, meet Ben: his boiler is in the photo.\r\n\r\n--b\r\nContent-Type: image/jpeg; name=\"boiler.jpg\"\r\n"
                + "Content-Disposition: attachment; filename=\"boiler.jpg\"\r\nContent-Transfer-Encoding: base64\r\n\r\n");
        byte[] photo = new byte[attachmentBytes];
        for (int i = 0; i < photo.length; i++) {
            photo[i] = (byte) (i * 31 + (i >> 8));
        }
        out.writeBytes(Base64.getMimeEncoder().encode(photo));
        write(out, "\r\n--b--\r\n");
        return out.toByteArray();
    }

    /** Anna writes to Maya and {@code count} others in one To header. */
    public static byte[] withRecipients(int count) {
        StringBuilder to = new StringBuilder(MAYA);
        for (int i = 1; i <= count; i++) {
            to.append(",\r\n Client ").append(i).append(" <client").append(i).append("@example.org>");
        }
        return ("From: Anna Berg <anna.berg@gmail.example>\r\nTo: " + to + "\r\nSubject: Newsletter\r\n"
                + "Date: Mon, 16 Nov 2026 09:14:27 +0100\r\n\r\nOur November news.\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Anna introduces Ben on one unfolded header line of {@code length} characters. */
    public static byte[] withHeaderLine(int length) {
        return ("From: Anna Berg <anna.berg@gmail.example>\r\nTo: " + MAYA + ", Ben <ben.okafor@outlook.example>\r\n"
                + "X-Tracking: " + "x".repeat(length) + "\r\nSubject: Ben\r\n\r\nMaya, meet Ben.\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
