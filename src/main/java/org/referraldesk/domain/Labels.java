package org.referraldesk.domain;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * How the owner reads the domain's values (follow-up kinds, acts, stages, channels, touch kinds, VIP
 * statuses, ...): one bundle, org/referraldesk/domain/labels.properties, for the window, the tray,
 * the calendar export and the command line. The key of a value is its enum's simple name with a
 * small first letter (a nested enum is prefixed with its outer class), a dot and the constant.
 */
public final class Labels {
    public static final String BUNDLE = "org.referraldesk.domain.labels";
    /** Looks up a locale's bundle and then the base one, never the default locale's instead. */
    static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT);

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** The labels in the owner's language. */
    public static Labels forOwner() {
        return in(Wording.ownerLocale());
    }

    public static Labels in(Locale locale) {
        return new Labels(ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK), locale);
    }

    /** "meeting booked" for Stage.MEETING_BOOKED, "Send a gift" for FollowUpKind.GIFT; "" for none. */
    public String of(Enum<?> value) {
        return value == null ? "" : bundle.getString(key(value));
    }

    /** "Middle · meeting booked". */
    public String actAndStage(Stage stage) {
        return new Wording(bundle, locale).format("stage.inAct", stage.act(), stage);
    }

    /** The key of {@code value} in the labels bundle, e.g. "followUpKind.GIFT", "trashItemKind.STORY". */
    public static String key(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        String name = type.getSimpleName();
        Class<?> outer = type.getEnclosingClass();
        String prefix = outer == null ? name : outer.getSimpleName() + name;
        return Character.toLowerCase(prefix.charAt(0)) + prefix.substring(1) + "." + value.name();
    }
}
