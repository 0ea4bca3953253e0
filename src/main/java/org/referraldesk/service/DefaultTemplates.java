package org.referraldesk.service;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.referraldesk.domain.Template;
import org.referraldesk.domain.TemplateKind;

/**
 * The wording Referral Desk writes each template in, one set per language
 * (service/default-templates.properties and its translations, ADR 0019). The texts are used as
 * written (placeholders and [[ optional phrases ]] as in any template), not as ICU patterns.
 */
public final class DefaultTemplates {
    static final String BUNDLE = "org.referraldesk.service.default-templates";
    /** The languages Referral Desk speaks; a default in any of them counts as untouched. */
    static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("es"));

    private DefaultTemplates() {
    }

    /** The default {@code kind} template in {@code language} (English where it has none). */
    public static Template of(TemplateKind kind, Locale language) {
        ResourceBundle words = words(language);
        return new Template(kind, words.getString(kind.name() + ".subject"), words.getString(kind.name() + ".body"));
    }

    /**
     * Whether {@code template} is word for word the default of its kind in one of the languages, as
     * Referral Desk writes it now or wrote it before ({@code KIND.body.earlier}: the thank-you before
     * it learnt to say the conversation goes on one-to-one).
     */
    static boolean untouched(Template template) {
        return LANGUAGES.stream().anyMatch(language -> {
            ResourceBundle words = words(language);
            String kind = template.kind().name();
            return words.getString(kind + ".subject").equals(template.subject())
                    && (words.getString(kind + ".body").equals(template.body())
                    || words.containsKey(kind + ".body.earlier")
                    && words.getString(kind + ".body.earlier").equals(template.body()));
        });
    }

    private static ResourceBundle words(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
