package org.referraldesk.ui.common;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;

/**
 * An introduction email the owner dropped on a window or pasted (issue 17): a file (an .eml, or any
 * file: the reader refuses what is no email, in the owner's words), or the text of a whole email's
 * source as a mail program shows it ("Show original"), headers first. Only picks it up; reading is
 * the form's, off the FX thread.
 */
public record DroppedEmail(Path file, byte[] source) {
    /** A header line: "From: …", "Message-ID: …" (a name of printable characters but the colon, then a colon). */
    private static final Pattern HEADER = Pattern.compile("[!-9;-~]+:.*");
    private static final Pattern FROM = Pattern.compile("(?i)from:.*");
    private static final KeyCombination PASTE = new KeyCodeCombination(KeyCode.V, KeyCombination.SHORTCUT_DOWN);

    public static DroppedEmail file(Path file) {
        return new DroppedEmail(file, null);
    }

    /** The email in {@code board} (a clipboard, or a drag's board): its first file, else its text when that is a whole email. */
    public static Optional<DroppedEmail> in(Clipboard board) {
        if (board.hasFiles() && !board.getFiles().isEmpty()) {
            File first = board.getFiles().stream().filter(f -> f.getName().toLowerCase().endsWith(".eml")).findFirst()
                    .orElse(board.getFiles().get(0));
            return Optional.of(file(first.toPath()));
        }
        if (board.hasString() && isEmailSource(board.getString())) {
            return Optional.of(new DroppedEmail(null, board.getString().getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }

    /** True for the text of a whole email (headers, then the body), not for a line that merely starts "From:". */
    static boolean isEmailSource(String text) {
        if (text == null) {
            return false;
        }
        boolean from = false;
        for (String line : text.stripLeading().split("\\r?\\n", -1)) {
            if (line.isEmpty()) {
                return from; // the headers end with a blank line, the body follows
            }
            boolean folded = line.charAt(0) == ' ' || line.charAt(0) == '\t';
            if (!folded && !HEADER.matcher(line).matches()) {
                return false;
            }
            from |= !folded && FROM.matcher(line).matches();
        }
        return false;
    }

    /**
     * {@code target} takes a file dragged onto it (anywhere over it, as a copy; text and other drags are
     * not taken) and hands it to {@code dropped}.
     */
    public static void acceptDrops(Node target, Consumer<DroppedEmail> dropped) {
        target.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
                event.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<DroppedEmail> email = event.getDragboard().hasFiles() ? in(event.getDragboard()) : Optional.empty();
            event.setDropCompleted(email.isPresent());
            event.consume();
            email.ifPresent(dropped);
        });
    }

    /**
     * Ctrl+V on {@code target} with an email on the clipboard (a file, or a whole email's source) hands
     * it to {@code pasted}; any other paste goes on as usual. Inside a text field too only when
     * {@code inFields} (a form, where such text would be nonsense in a field); else only outside them.
     */
    public static void acceptPastes(Node target, boolean inFields, Consumer<DroppedEmail> pasted) {
        target.addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (PASTE.match(key) && (inFields || !(key.getTarget() instanceof TextInputControl))) {
                in(Clipboard.getSystemClipboard()).ifPresent(email -> {
                    key.consume();
                    pasted.accept(email);
                });
            }
        });
    }

    /** How a refusal names it: the file's name, or {@code pasted} ("The pasted email"). */
    public String name(String pasted) {
        return file != null ? String.valueOf(file.getFileName()) : pasted;
    }
}
