package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.Test;
import org.referraldesk.domain.VipLine;
import org.referraldesk.domain.VipStatus;
import org.testfx.util.WaitForAsyncUtils;

/** The VIP screen in the real window: the sample partners invited, and one invite marked sent. */
class VipWindowTest extends DeskWindowTest {

    @Test
    void theSamplePartnersAreInvitedAndOneInviteIsMarkedSent() throws Exception {
        addSampleData();
        clickOn("#vipNav");
        TableView<VipLine> table = lookup(".vip-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !table.getItems().isEmpty() && table.isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#vipNav").queryAs(ToggleButton.class).isSelected());
        assertTrue(table.getItems().stream().allMatch(l -> l.status() == VipStatus.PLANNED));
        String name = table.getItems().get(0).name();
        // the rows' cells come a pulse or two after the items on a busy machine: wait for them (fails after 20 s)
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> lookup(".vip-partner-name").queryAll().stream().anyMatch(n -> n.isVisible()));

        clickOn(lookup(".vip-partner-name").queryAll().iterator().next());
        clickOn("Mark sent");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().get(0).status() == VipStatus.SENT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(name, table.getItems().get(0).name());
        assertTrue(lookup("Invite to " + name + " marked sent.").tryQuery().isPresent());
        assertTrue(lookup(".vip-chip.sent").tryQuery().isPresent(), "the chip says sent");
        Path file = Screenshots.take(stage.getScene(), "60-vip");
        assertTrue(Files.size(file) > 10_000);
    }
}
