package org.referraldesk.app;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import java.io.File;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.input.DataFormat;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.util.Pair;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A file dragged from the desktop (a file manager) and dropped on a node of the window, for window
 * tests: a headless robot cannot drag from outside the window. JavaFX makes the Dragboard of such a
 * drag around the platform's clipboard (its source offers copy, move and link); here it is made
 * around a clipboard that holds the files (JavaFX's own factory, DragboardHelper), and the two events
 * the platform sends, DRAG_OVER then DRAG_DROPPED (only when the target accepted), are fired at the
 * node, bubbling up to the window's root as a real drop does.
 */
final class DesktopDrag {
    private DesktopDrag() {
    }

    /** Drops {@code file} on {@code target}; true when the window accepted and completed the drop. */
    static boolean drop(Node target, File file) throws Exception {
        boolean completed = WaitForAsyncUtils.asyncFx(() -> dropNow(target, file)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return completed;
    }

    private static boolean dropNow(Node target, File file) {
        Dragboard board = DragboardHelper.createDragboard(new FilesOnTheDesktop(List.of(file)));
        double x = target.getLayoutBounds().getCenterX();
        double y = target.getLayoutBounds().getCenterY();
        Point2D inScene = target.localToScene(x, y);
        Point2D onScreen = target.localToScreen(x, y);
        DragEvent over = new DragEvent(target, target, DragEvent.DRAG_OVER, board, inScene.getX(), inScene.getY(),
                onScreen.getX(), onScreen.getY(), TransferMode.COPY, null, null, null);
        Event.fireEvent(target, over);
        if (!over.isAccepted()) {
            return false;
        }
        DragEvent dropped = new DragEvent(target, target, DragEvent.DRAG_DROPPED, board, inScene.getX(),
                inScene.getY(), onScreen.getX(), onScreen.getY(), over.getAcceptedTransferMode(), null, target, null);
        Event.fireEvent(target, dropped);
        return dropped.isDropCompleted();
    }

    /** What a file manager's drag carries: the files, offered to copy, move or link. */
    @SuppressWarnings("removal")
    private static final class FilesOnTheDesktop implements TKClipboard {
        private final Map<DataFormat, Object> content = new HashMap<>();

        FilesOnTheDesktop(List<File> files) {
            content.put(DataFormat.FILES, files);
        }

        @Override
        public void setSecurityContext(java.security.AccessControlContext context) {
        }

        @Override
        public Set<DataFormat> getContentTypes() {
            return Set.copyOf(content.keySet());
        }

        @Override
        @SafeVarargs
        public final boolean putContent(Pair<DataFormat, Object>... pairs) {
            for (Pair<DataFormat, Object> pair : pairs) {
                content.put(pair.getKey(), pair.getValue());
            }
            return true;
        }

        @Override
        public Object getContent(DataFormat format) {
            return content.get(format);
        }

        @Override
        public boolean hasContent(DataFormat format) {
            return content.containsKey(format);
        }

        @Override
        public Set<TransferMode> getTransferModes() {
            return EnumSet.of(TransferMode.COPY, TransferMode.MOVE, TransferMode.LINK);
        }

        @Override
        public void setDragView(Image image) {
        }

        @Override
        public void setDragViewOffsetX(double offset) {
        }

        @Override
        public void setDragViewOffsetY(double offset) {
        }

        @Override
        public Image getDragView() {
            return null;
        }

        @Override
        public double getDragViewOffsetX() {
            return 0;
        }

        @Override
        public double getDragViewOffsetY() {
            return 0;
        }
    }
}
