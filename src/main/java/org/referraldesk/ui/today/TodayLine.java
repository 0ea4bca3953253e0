package org.referraldesk.ui.today;

import java.util.ArrayList;
import java.util.List;

/**
 * One line of the Today list: a section's title (saying so when the section is empty), a kind
 * group's title ("Thank the referrer · 3"), or a follow-up's row. Only the lines on screen become
 * nodes; the rest stay these few fields.
 */
record TodayLine(TodaySection section, String groupTitle, TodayItem item, boolean emptySection) {

    static TodayLine sectionTitle(TodaySection section, boolean empty) {
        return new TodayLine(section, null, null, empty);
    }

    boolean isSectionTitle() {
        return groupTitle == null && item == null;
    }

    boolean isGroupTitle() {
        return groupTitle != null;
    }

    /** The section's title, then each group's title followed by its rows. */
    static List<TodayLine> of(TodaySection section, List<TodayGroup> groups) {
        List<TodayLine> lines = new ArrayList<>();
        lines.add(sectionTitle(section, groups.isEmpty()));
        for (TodayGroup group : groups) {
            lines.add(new TodayLine(section, group.title() + "  \u00b7  " + group.items().size(), null, false));
            group.items().forEach(item -> lines.add(new TodayLine(section, null, item, false)));
        }
        return lines;
    }
}
