package org.referraldesk.ui.rescue;

import java.time.ZoneId;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.BackupFile;
import org.referraldesk.service.DamagedDesk;
import org.referraldesk.ui.common.OwnerFormats;
import org.slf4j.LoggerFactory;

/**
 * What the damaged-desk dialog says: what was found and where the file is kept, the newest backup
 * with its date and what it does not hold, and the restore of it, run in the background.
 */
public final class RescueViewModel {
    private final DamagedDesk damaged;
    private final ResourceBundle text;
    private final Wording words;
    private final OwnerFormats formats;
    private final Consumer<BackupFile> restore;
    private final Executor background;
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty working = new SimpleBooleanProperty(false);
    private final BooleanProperty restored = new SimpleBooleanProperty(false);

    /** {@code restore} builds the desk from the backup; it runs on {@code background}, never on the FX thread. */
    public RescueViewModel(DamagedDesk damaged, Consumer<BackupFile> restore, Executor background, ZoneId zone,
            ResourceBundle text, ResourceBundle formatsText) {
        this.damaged = damaged;
        this.restore = restore;
        this.background = background;
        this.text = text;
        this.words = Wording.forOwner(text);
        this.formats = new OwnerFormats(formatsText, zone);
    }

    /** What was found, and where the file is now. */
    public String found() {
        return switch (damaged.kind()) {
            case DAMAGED -> words.format("rescue.damaged", damaged.file().toString(),
                    damaged.keptAt().map(Object::toString).orElse(damaged.file().toString()));
            case EMPTY -> words.format("rescue.empty", damaged.file().toString());
            case FOREIGN -> words.format("rescue.foreign", damaged.file().toString());
        };
    }

    /** The newest backup, its date, what it holds and what is lost; or that there is none to restore. */
    public String offer() {
        if (!damaged.canRestore()) {
            return damaged.newestBackup().isPresent() ? text.getString("rescue.notInPlace")
                    : text.getString("rescue.noBackup");
        }
        BackupFile newest = damaged.newestBackup().orElseThrow();
        return words.format("rescue.backup", formats.dateTime(newest.takenAt()), newest.stories(), newest.contacts(),
                newest.file().toString());
    }

    public boolean canRestore() {
        return damaged.canRestore();
    }

    /** On the FX thread: restores the newest backup in the background; {@code done} runs once it is in place. */
    public void restore(Runnable done) {
        BackupFile newest = damaged.newestBackup().orElseThrow();
        working.set(true);
        error.set("");
        background.execute(() -> {
            try {
                restore.accept(newest);
                Platform.runLater(() -> {
                    working.set(false);
                    restored.set(true);
                    done.run();
                });
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(RescueViewModel.class).error("The backup could not be restored", e);
                String why = e instanceof InvalidInput refused ? refused.ownersMessage() : text.getString("rescue.failedUnknown");
                Platform.runLater(() -> {
                    working.set(false);
                    error.set(words.format("rescue.failed", why));
                });
            }
        });
    }

    public StringProperty errorProperty() {
        return error;
    }

    public BooleanProperty workingProperty() {
        return working;
    }

    /** True once the backup is in the desk's place. */
    public BooleanProperty restoredProperty() {
        return restored;
    }
}
