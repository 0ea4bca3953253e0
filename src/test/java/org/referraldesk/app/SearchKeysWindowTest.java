package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.Channel;
import org.referraldesk.service.NewReferral;
import org.referraldesk.service.Services;
import org.referraldesk.store.Store;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The keys of the desk-wide search box, on a desk with one fresh story (nothing due yet, so no
 * reminder notice takes the Escape key first).
 */
class SearchKeysWindowTest extends DeskWindowTest {

    @Override
    void fill(Store store) {
        Services.on(store, CLOCK, "test").referrals().record(
                NewReferral.of("Anna Keller", "Ben Okafor", Channel.PHONE, "A new boiler"));
    }

    private boolean boxShows() {
        return lookup(".search-box").tryQuery().isPresent();
    }

    @Test
    void escapeClosesTheBoxAndCtrlFOpensItWhereTheScreenHasNoSearchOfItsOwn() throws Exception {
        waitUntilVisible(".today");
        push(SearchWindowTest.CTRL_F);
        waitUntilVisible(".search-box");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !SearchWindowTest.lines(this).isEmpty());
        assertEquals("Recent stories", SearchWindowTest.lines(this).get(0).title(), "an empty box shows recent items");
        assertTrue(SearchWindowTest.field(this).isFocused());
        push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(boxShows());

        clickOn("#referralsNav");
        waitUntilVisible(".referral-list");
        push(SearchWindowTest.CTRL_F);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(boxShows(), "the referrals list has a search box of its own");
        assertTrue(lookup("#searchField").<TextField>query().isFocused());
        push(SearchWindowTest.CTRL_K);
        waitUntilVisible(".search-box");
        assertTrue(SearchWindowTest.field(this).isFocused(), "Ctrl+K opens the desk-wide search from inside another search box");
    }

    private boolean focusInTheBox() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Node box = lookup(".search-box").query();
            for (Node node = box.getScene().getFocusOwner(); node != null; node = node.getParent()) {
                if (node == box) {
                    return true;
                }
            }
            return false;
        }).get();
    }

    @Test
    void tabAndShiftTabKeepTheFocusInsideTheBox() throws Exception {
        waitUntilVisible(".today");
        SearchWindowTest.search(this, "anna");
        push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".search-results").query().isFocused(), "Tab goes from the field to the list");
        push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(SearchWindowTest.field(this).isFocused(), "and round to the field again");
        push(KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(focusInTheBox(), "Shift+Tab stays inside the box");

        WaitForAsyncUtils.asyncFx(() -> {
            SearchWindowTest.field(this).requestFocus();
            SearchWindowTest.field(this).selectAll();
        }).get();
        write("zzz");
        waitUntilVisible("No match for \u201czzz\u201d.");
        push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup(".search-new-referral").query().isFocused(), "Tab reaches New referral");
        push(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(focusInTheBox());
        assertTrue(boxShows());
    }
}
