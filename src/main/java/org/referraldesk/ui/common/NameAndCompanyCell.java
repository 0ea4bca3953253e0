package org.referraldesk.ui.common;

import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.layout.VBox;

/**
 * A table cell with a person's name and, beneath it, their company (hidden when they have none).
 * The style classes are {@code <prefix>-name}, {@code <prefix>-company} and {@code <prefix>-cell}.
 */
public final class NameAndCompanyCell<S> extends TableCell<S, S> {
    private final Label name = new Label();
    private final Label company = new Label();
    private final VBox box = new VBox(name, company);
    private final Function<S, String> nameOf;
    private final Function<S, String> companyOf;

    public NameAndCompanyCell(String prefix, Function<S, String> nameOf, Function<S, String> companyOf) {
        this.nameOf = nameOf;
        this.companyOf = companyOf;
        name.getStyleClass().add(prefix + "-name");
        company.getStyleClass().addAll(prefix + "-company", "text-muted", "text-small");
        box.getStyleClass().add(prefix + "-cell");
        EmojiFont.follow(name);
    }

    @Override
    protected void updateItem(S item, boolean isEmpty) {
        super.updateItem(item, isEmpty);
        setText(null);
        if (isEmpty || item == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        String companyName = companyOf.apply(item);
        name.setText(nameOf.apply(item));
        company.setText(companyName == null ? "" : companyName);
        company.setManaged(companyName != null);
        company.setVisible(companyName != null);
        setGraphic(box);
        setAccessibleText(CellNames.of(box));
    }
}
