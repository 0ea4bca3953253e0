package org.referraldesk.domain;

import com.ibm.icu.text.MessageFormat;
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

    /** {@code pattern} (ICU MessageFormat syntax) filled with {@code arguments}. */
    public String pattern(String pattern, Object... arguments) {
        Object[] worded = arguments.clone();
        Labels labels = null;
        for (int i = 0; i < worded.length; i++) {
            if (worded[i] instanceof Enum<?> value) {
                labels = labels != null ? labels : Labels.in(locale);
                worded[i] = labels.of(value);
            }
        }
        return new MessageFormat(pattern, locale).format(worded);
    }

    public Locale locale() {
        return locale;
    }
}
