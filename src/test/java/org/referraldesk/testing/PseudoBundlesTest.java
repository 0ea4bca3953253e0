package org.referraldesk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The pseudo language keeps every argument, plural and quote, and makes the words longer and accented. */
class PseudoBundlesTest {
    @Test
    void wordsAreAccentedAndLongerAndTheSyntaxStays() {
        assertEquals("[Šåvé ·]", PseudoBundles.of("Save"));
        String plural = PseudoBundles.of("{0, plural, one {# day overdue} other {# days overdue}} for {1}");
        assertEquals("[2 đåýš övéŕđûé ƀöŕ Anna ········]",
                new MessageFormat(plural, Locale.ENGLISH).format(new Object[] {2, "Anna"}));
        assertEquals("[''{0}'' îš ñöţ åñ åɱöûñţ ·····]".replace("ɱ", "m"), PseudoBundles.of("''{0}'' is not an amount"));
        assertEquals("[{0,number,#} åñđ {referrer_first}, [[ ţö {need}]] ···]",
                PseudoBundles.of("{0,number,#} and {referrer_first}, [[ to {need}]]"));
    }

    @Test
    void installedItIsALocaleEveryBundleSpeaks() {
        Locale pseudo = PseudoBundles.install();
        String save = ResourceBundle.getBundle("org.referraldesk.ui.templates.messages", pseudo).getString("templates.save");
        assertTrue(save.startsWith("[Šåvé"), save);
        assertEquals("d MMM yyyy", ResourceBundle.getBundle("org.referraldesk.ui.messages", pseudo).getString("format.date"));
    }
}
