package org.referraldesk.ui.today;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

/**
 * The rows picked for Done, Snooze or Skip at once (check box, Ctrl-click, Shift-click, Space, Ctrl+A).
 * Kept by follow-up id, so reading the agenda again keeps what is still there picked.
 */
final class TodaySelection {
    private final ObservableSet<Long> ids = FXCollections.observableSet(new LinkedHashSet<>());
    private List<TodayItem> order = List.of();
    private Long anchor;

    /** The rows as shown, top to bottom; picks that left the agenda are dropped. */
    void shown(List<TodayItem> inOrder) {
        order = List.copyOf(inOrder);
        Set<Long> present = order.stream().map(TodayItem::id).collect(Collectors.toSet());
        ids.retainAll(present);
        if (anchor != null && !present.contains(anchor)) {
            anchor = null;
        }
    }

    void toggle(TodayItem item) {
        if (!ids.remove(item.id())) {
            ids.add(item.id());
        }
        anchor = item.id();
    }

    /** Shift-click: picks every row from the last one toggled to this one. */
    void extendTo(TodayItem item) {
        int from = anchor == null ? -1 : indexOf(anchor);
        int to = indexOf(item.id());
        if (from < 0 || to < 0) {
            toggle(item);
            return;
        }
        order.subList(Math.min(from, to), Math.max(from, to) + 1).forEach(row -> ids.add(row.id()));
    }

    void all() {
        order.forEach(row -> ids.add(row.id()));
    }

    void clear() {
        ids.clear();
        anchor = null;
    }

    /** The picked rows, top to bottom. */
    List<TodayItem> items() {
        return order.stream().filter(row -> ids.contains(row.id())).toList();
    }

    ObservableSet<Long> ids() {
        return ids;
    }

    private int indexOf(long id) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }
}
