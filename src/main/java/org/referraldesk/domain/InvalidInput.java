package org.referraldesk.domain;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Input the owner can fix. It carries the key of its message in
 * org/referraldesk/domain/refusals.properties and the message's arguments; the window and the
 * command line write it in the owner's words ({@link #message(Locale)}) on the field it names, in a
 * dialog or on stderr. {@link #getMessage()} is the English text, for logs.
 *
 * <p>An argument that is itself an {@link InvalidInput.Label} is the key of another text of the
 * refusals bundle ("The referrer's name"); an enum argument is written as its label
 * ({@link Labels}). A message already in the owner's words (built by the window from its own
 * bundle) may stand where the key would: a text that is no key of the bundle is shown as it is.
 */
public class InvalidInput extends RuntimeException {
    public static final String REFUSALS = "org.referraldesk.domain.refusals";

    private final String field;
    private final String key;
    private final transient Object[] arguments;

    /** A refusal of what {@code field} holds: {@code new InvalidInput("need", "text.tooLong", ...)}. */
    public InvalidInput(String field, String key, Object... arguments) {
        super(key);
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** A refusal of the whole request whose text the window already wrote in the owner's words. */
    public InvalidInput(String message) {
        this(null, message);
    }

    /** A refusal of the whole request, not of one field. */
    public static InvalidInput ofRequest(String key, Object... arguments) {
        return new InvalidInput(null, key, arguments);
    }

    /** The input field the message belongs to, or null when it concerns the whole request. */
    public String field() {
        return field;
    }

    /** The message's key in the refusals bundle. */
    public String key() {
        return key;
    }

    public List<Object> arguments() {
        return java.util.Arrays.asList(arguments.clone());
    }

    /** The message in the owner's words (the default locale's bundle, the format locale's numbers). */
    public String ownersMessage() {
        return message(Wording.ownerLocale());
    }

    /** The message as {@code locale} reads it. */
    public String message(Locale locale) {
        Wording refusals = new Wording(ResourceBundle.getBundle(REFUSALS, locale, Labels.NO_FALLBACK), locale);
        if (!refusals.has(key)) {
            return key;
        }
        Object[] worded = arguments.clone();
        for (int i = 0; i < worded.length; i++) {
            if (worded[i] instanceof Label label) {
                worded[i] = refusals.has(label.key()) ? refusals.format(label.key(), label.arguments()) : label.key();
            }
        }
        return refusals.format(key, worded);
    }

    /** The English message (the bundle's base texts), for logs and older callers. */
    @Override
    public String getMessage() {
        return message(Locale.ENGLISH);
    }

    /** A text of the refusals bundle used inside another message: "The client's name", "Follow-up 12". */
    public record Label(String key, Object... arguments) {
    }

    /** {@code new InvalidInput("reason", "text.blank", label("label.reasonLost"))}. */
    public static Label label(String key, Object... arguments) {
        return new Label(key, arguments);
    }

    /**
     * {@code value} cleaned as text of several lines ({@link CleanText#lines}) and stripped; refuses a
     * blank one with "{label} must not be blank." ({@code labelKey} names the label).
     */
    public static String requireText(String field, String value, String labelKey) {
        String text = optionalText(value);
        if (text == null) {
            throw new InvalidInput(field, "text.blank", new Label(labelKey));
        }
        return text;
    }

    /** {@code value} cleaned as text of several lines and stripped; null when blank. */
    public static String optionalText(String value) {
        String text = CleanText.lines(value);
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** {@code value} cleaned as one line ({@link CleanText#line}) and stripped; a blank one is refused. */
    public static String requireLine(String field, String value, String labelKey) {
        String text = optionalLine(value);
        if (text == null) {
            throw new InvalidInput(field, "text.blank", new Label(labelKey));
        }
        return text;
    }

    /** {@code value} cleaned as one line and stripped; null when blank. */
    public static String optionalLine(String value) {
        String text = CleanText.line(value);
        return text == null || text.isBlank() ? null : text.strip();
    }
}
