package org.referraldesk.ui.today;

import java.util.List;
import org.referraldesk.domain.FollowUpKind;

/** The follow-ups of one kind inside a Today section, e.g. every "Thank the referrer" due today. */
public record TodayGroup(FollowUpKind kind, String title, List<TodayItem> items) {

    public TodayGroup {
        items = List.copyOf(items);
    }
}
