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
        String english = "{0, plural, one {# day overdue} other {# days overdue}} for {1}";
        String plural = new MessageFormat(PseudoBundles.of(english), Locale.ENGLISH).format(new Object[] {2, "Anna"});
        assertTrue(plural.startsWith("[2 đåýš övéŕđûé föŕ Anna ··"), plural);
        assertTrue(plural.endsWith("·]"), plural);
        assertTrue(plural.length() >= 1.4 * "2 days overdue for Anna".length(), plural);
        String quoted = new MessageFormat(PseudoBundles.of("''{0}'' is not an amount"), Locale.ENGLISH)
                .format(new Object[] {"5,0"});
        assertTrue(quoted.startsWith("['5,0' îš ñöţ åñ åmöûñţ ··"), quoted);
        assertTrue(PseudoBundles.of("{0,number,#} and {referrer_first}, [[ to {need}]]")
                .startsWith("[{0,number,#} åñđ {referrer_first}, [[ ţö {need}]] ··"));
    }

    @Test
    void installedItIsALocaleEveryBundleSpeaks() {
        Locale pseudo = PseudoBundles.install();
        String save = ResourceBundle.getBundle("org.referraldesk.ui.templates.messages", pseudo).getString("templates.save");
        assertTrue(save.startsWith("[Šåvé"), save);
        assertEquals("d MMM yyyy", ResourceBundle.getBundle("org.referraldesk.ui.messages", pseudo).getString("format.date"));
    }
}
