package org.referraldesk.domain;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The one way texts with arguments are written: a key of a resource bundle whose text is an ICU
 * MessageFormat pattern, so counts read right in every language ({0, plural, one {# day} other
 * {# days}}) and numbers are grouped as the owner's locale does. An enum argument is written as its
 * label from {@link Labels}. ICU4J is the one library the domain uses, and only here (ADR 0008).
 */
public final class Wording {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Wording(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The texts of {@code bundle}, with numbers and plurals in the owner's locale. */
    public static Wording forOwner(ResourceBundle bundle) {
        return new Wording(bundle, ownerLocale());
    }

    /** The bundle named {@code bundleName} (e.g. org.referraldesk.io.calendar) for the owner. */
    public static Wording forOwner(String bundleName) {
        return forOwner(ResourceBundle.getBundle(bundleName));
    }

    /** The locale the owner reads numbers, dates and plurals in (the format locale of this computer). */
    public static Locale ownerLocale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** The text of {@code key} as it stands (no arguments, no pattern syntax). */
    public String text(String key) {
        return bundle.getString(key);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** The pattern of {@code key} filled with {@code arguments}. */
    public String format(String key, Object... arguments) {
        return pattern(bundle.getString(key), arguments);
    }

    /**
     * {@code pattern} (ICU MessageFormat syntax) filled with {@code arguments}. A text argument with
     * right-to-left letters (an Arabic or Hebrew name) is set apart as a first-strong isolate, so it
     * reads whole and in its own direction inside the English sentence around it (ADR 0022).
     */
    public String pattern(String pattern, Object... arguments) {
        Object[] worded = arguments.clone();
        Labels labels = null;
        for (int i = 0; i < worded.length; i++) {
            if (worded[i] instanceof Enum<?> value) {
                labels = labels != null ? labels : Labels.in(locale);
                worded[i] = labels.of(value);
            } else if (worded[i] instanceof String text) {
                worded[i] = isolated(text);
            }
        }
        assert countsHavePlurals(pattern, worded) : "a number is written as plain {n}, not as a plural: " + pattern;
        return new MessageFormat(pattern, locale).format(worded);
    }

    /** Before a text that may run right to left: FIRST STRONG ISOLATE. */
    public static final char ISOLATE = '\u2068';
    /** After it: POP DIRECTIONAL ISOLATE. */
    public static final char POP_ISOLATE = '\u2069';

    /**
     * {@code text} between {@link #ISOLATE} and {@link #POP_ISOLATE} when it has a right-to-left
     * letter; as it is otherwise (a Latin, Greek or Cyrillic text needs none next to English, French,
     * German or Spanish, and stays byte for byte what it was).
     */
    public static String isolated(String text) {
        return hasRightToLeft(text) ? ISOLATE + text + POP_ISOLATE : text;
    }

    static boolean hasRightToLeft(String text) {
        return text.codePoints().anyMatch(cp -> {
            byte direction = Character.getDirectionality(cp);
            return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
        });
    }

    /**
     * Whether every number among {@code arguments} lands on a plural ({0, plural, ...}) or a number
     * argument ({0,number,#}), never on a plain {0} where no language could choose its words by it.
     * Checked while the tests run (assertions on); never in the owner's hands.
     */
    static boolean countsHavePlurals(String pattern, Object[] arguments) {
        MessagePattern parsed = new MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts() - 1; i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.NONE) {
                MessagePattern.Part name = parsed.getPart(i + 1);
                int index = name.getType() == MessagePattern.Part.Type.ARG_NUMBER ? name.getValue() : -1;
                if (index >= 0 && index < arguments.length && arguments[index] instanceof Number) {
                    return false;
                }
            }
        }
        return true;
    }

    public Locale locale() {
        return locale;
    }
}
