package org.referraldesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The screenshot tour's desk-wide search: recent items, grouped results (light and dark), no match. */
class SearchTourTest extends DeskWindowTest {

    @Test
    void theSearchBoxIsPhotographedEmptyWithGroupedResultsAndWithNoMatch() throws Exception {
        addSampleData();
        clickOn("#todayNav");
        waitUntilVisible(".today");
        push(SearchWindowTest.CTRL_K);
        waitUntilVisible(".search-box");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !SearchWindowTest.lines(this).isEmpty());
        shoot("140-search-recent");
        write("dental");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> SearchWindowTest.lines(this).stream()
                .anyMatch(line -> line.title().equals("Aisha Rahman")));
        shoot("141-search-grouped");
        clickOn(".theme-switch");
        shoot("142-search-grouped-dark");
        clickOn(".theme-switch");
        SearchWindowTest.field(this).getText(); // the box keeps its text across the theme switch
        clickOn(".desk-search-field");
        interact(() -> SearchWindowTest.field(this).setText(""));
        write("gutter cleaning");
        waitUntilVisible(".search-no-match");
        shoot("143-search-no-match");
    }
}
