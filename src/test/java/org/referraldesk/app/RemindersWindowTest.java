package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** Headless there is no tray: due follow-ups are announced in the window, and the rail shows how many. */
class RemindersWindowTest extends DeskWindowTest {

    @Test
    void dueFollowUpsRaiseANoticeInTheWindowAndABadgeOnTheRail() throws Exception {
        Label badge = lookup(".overdue-badge").query();
        assertTrue(!badge.isVisible(), "nothing due on an empty desk");

        addSampleData();
        desk.checkRemindersSoon();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup(".notification-bar").tryQuery().map(Node::isVisible).orElse(false));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, badge::isVisible);
        int due = Integer.parseInt(badge.getText());
        assertTrue(due > 3, "the sample business has many follow-ups due: " + due);
        List<String> texts = lookup(".notification-bar .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(texts.contains(due + " follow-ups due"), texts.toString());
        assertTrue(texts.contains(due + " follow-ups are now due. Open Today to work through them."),
                "one summary, not a burst: " + texts);
    }
}
