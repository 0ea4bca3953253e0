package org.referraldesk.domain;

import java.util.Locale;
import java.util.Set;

/** The paper the owner prints on, in PostScript points (1/72 inch). */
public enum Paper {
    A4(595.28f, 841.89f),
    LETTER(612f, 792f);

    /** Where US Letter is the usual paper (the rest of the world uses A4). */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT",
            "CR", "PR", "SV", "DO", "NI", "PA", "BZ");

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /** Letter where the locale's country uses it, A4 everywhere else (and when no country is set). */
    public static Paper forLocale(Locale locale) {
        return locale != null && LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }
}
