package org.referraldesk.ui.today;

/** The three parts of the Today list, top to bottom; each names its style class and its texts. */
enum TodaySection {
    OVERDUE("overdue-section", "today.overdue"),
    DUE_TODAY("due-today-section", "today.dueToday"),
    NEXT_WEEK("next-week-section", "today.nextWeek");

    private final String styleClass;
    private final String titleKey;

    TodaySection(String styleClass, String titleKey) {
        this.styleClass = styleClass;
        this.titleKey = titleKey;
    }

    String styleClass() {
        return styleClass;
    }

    String titleKey() {
        return titleKey;
    }

    /** What the section says when nothing is in it, e.g. "Nothing else due today." */
    String noneKey() {
        return titleKey + ".none";
    }
}
