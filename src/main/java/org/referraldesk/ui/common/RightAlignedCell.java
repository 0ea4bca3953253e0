package org.referraldesk.ui.common;

import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;

/** A right-aligned table cell (amounts, counts) whose text comes from a formatter. */
public final class RightAlignedCell<S, T> extends TableCell<S, T> {
    private final Function<T, String> format;

    public RightAlignedCell(Function<T, String> format) {
        this.format = format;
        setAlignment(Pos.CENTER_RIGHT);
    }

    @Override
    protected void updateItem(T item, boolean isEmpty) {
        super.updateItem(item, isEmpty);
        setText(isEmpty ? null : format.apply(item));
    }
}
