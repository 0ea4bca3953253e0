package org.referraldesk.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.referraldesk.domain.ColumnMapping;
import org.referraldesk.domain.ImportField;
import org.referraldesk.domain.Wording;
import org.referraldesk.service.ImportCancelled;
import org.referraldesk.service.ImportFile;
import org.referraldesk.service.ImportOptions;
import org.referraldesk.service.ImportReport;
import org.referraldesk.service.Importer;
import org.referraldesk.service.PreviewRow;
import org.referraldesk.service.RowNote;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.FailureDialog;

/**
 * The import dialog's state: the file read (format, encoding), one column choice per field, a
 * preview of the first rows as they will be imported, a dry run's report (redone after every
 * change), then the import itself with its progress, a cancel, and the final report.
 */
public final class ImportViewModel {
    static final int PREVIEW_ROWS = 8;

    private final Importer importer;
    private final BackgroundTasks tasks;
    private final Executor fxThread;
    private final ResourceBundle text;

    private final ObjectProperty<ImportFile> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ColumnMapping> mapping = new SimpleObjectProperty<>(ColumnMapping.none());
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<PreviewRow> preview = FXCollections.observableArrayList();
    private final ObservableList<ReportLine> reportLines = FXCollections.observableArrayList();
    private final StringProperty fileText = new SimpleStringProperty("");
    private final StringProperty formatText = new SimpleStringProperty("");
    private final StringProperty reportText = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty merge = new SimpleBooleanProperty(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper importing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<ImportReport> report = new ReadOnlyObjectWrapper<>();
    private final AtomicBoolean cancel = new AtomicBoolean(false);
    private int trials;

    public ImportViewModel(Importer importer, BackgroundTasks tasks, Executor fxThread, ResourceBundle text) {
        this.importer = importer;
        this.tasks = tasks;
        this.fxThread = fxThread;
        this.text = text;
        merge.addListener((obs, was, now) -> tryOut());
    }

    /** Reads the file in the background, then shows its columns, the suggested mapping and a dry run. */
    public void open(Path path) {
        busy.set(true);
        status.set(format("import.reading", path.getFileName()));
        tasks.run(() -> importer.open(path), read -> {
            headers.setAll(read.headers());
            mapping.set(read.suggestedMapping());
            fileText.set(format("import.file", read.name(), read.rowCount()));
            formatText.set(format(read.recognised() ? "import.format.recognised" : "import.format.unknown",
                    read.format(), read.encoding()));
            file.set(read);
            status.set("");
            refresh();
        }, failure -> {
            busy.set(false);
            status.set(FailureDialog.message(failure));
        });
    }

    /** Takes {@code field} from {@code header} (null: not imported), then shows the preview and a new dry run. */
    public void choose(ImportField field, String header) {
        if (mapping.get().columnsFor(field).equals(header == null ? List.of() : List.of(header))) {
            return;
        }
        mapping.set(mapping.get().with(field, header));
        refresh();
    }

    /** The column a field is taken from now (the first, when the header joins several), or null. */
    public String chosen(ImportField field) {
        return mapping.get().firstColumn(field).orElse(null);
    }

    private void refresh() {
        ImportFile read = file.get();
        if (read != null) {
            preview.setAll(read.preview(mapping.get(), PREVIEW_ROWS));
            tryOut();
        }
    }

    /** A dry run of the current mapping: the report of what Import would do. */
    private void tryOut() {
        ImportFile read = file.get();
        if (read == null || importing.get() || done.get()) {
            return;
        }
        int trial = ++trials;
        ColumnMapping tried = mapping.get();
        busy.set(true);
        tasks.run(() -> importer.run(read, tried, ImportOptions.trial().mergingDuplicates(merge.get())), result -> {
            if (trial == trials) {
                busy.set(false);
                status.set("");
                show(result);
            }
        }, failure -> {
            if (trial == trials) {
                busy.set(false);
                report.set(null);
                reportLines.clear();
                reportText.set("");
                status.set(FailureDialog.message(failure));
            }
        });
    }

    /** Imports for real, in the background, with progress; the dialog then shows the final report. */
    public void importNow() {
        ImportFile read = file.get();
        if (read == null || report.get() == null || importing.get() || done.get()) {
            return;
        }
        cancel.set(false);
        importing.set(true);
        progress.set(0);
        status.set(text.getString("import.importing"));
        ImportOptions options = ImportOptions.write().mergingDuplicates(merge.get()).reportingTo(
                (rows, total) -> fxThread.execute(() -> progress.set(total == 0 ? 1 : (double) rows / total)),
                cancel::get);
        tasks.run(() -> importer.run(read, mapping.get(), options), result -> {
            importing.set(false);
            done.set(true);
            progress.set(1);
            status.set(text.getString("import.done"));
            show(result);
        }, failure -> {
            importing.set(false);
            progress.set(0);
            status.set(failure instanceof ImportCancelled ? failure.getMessage() : FailureDialog.message(failure));
        });
    }

    /** Asks a running import to stop at the next batch; it is then rolled back whole. */
    public void cancel() {
        cancel.set(true);
        status.set(text.getString("import.cancelling"));
    }

    private void show(ImportReport result) {
        report.set(result);
        reportText.set(format(result.dryRun() ? "import.report.trial" : "import.report.done", result.imported(),
                result.merged(), result.skipped(), result.rejected().size()));
        List<ReportLine> lines = new ArrayList<>();
        for (RowNote note : result.rejected()) {
            lines.add(new ReportLine(ReportLine.Kind.REJECTED, format("import.line.rejected", note.line(), note.text())));
        }
        for (RowNote note : result.duplicates()) {
            lines.add(new ReportLine(ReportLine.Kind.DUPLICATE, format("import.line.duplicate", note.line(), note.text())));
        }
        reportLines.setAll(lines);
    }

    private String format(String key, Object... args) {
        return Wording.forOwner(text).format(key, args);
    }

    public List<ImportField> fields() {
        ImportFile read = file.get();
        return read == null ? List.of() : List.copyOf(read.fields());
    }

    public String fieldLabel(ImportField field) {
        return text.getString("import.field." + field.key());
    }

    public boolean mergeOffered() {
        return importer.merges();
    }

    public ReadOnlyObjectProperty<ImportFile> fileProperty() {
        return file;
    }

    public ObjectProperty<ColumnMapping> mappingProperty() {
        return mapping;
    }

    public ObservableList<String> headers() {
        return headers;
    }

    public ObservableList<PreviewRow> preview() {
        return preview;
    }

    public ObservableList<ReportLine> reportLines() {
        return reportLines;
    }

    public StringProperty fileTextProperty() {
        return fileText;
    }

    public StringProperty formatTextProperty() {
        return formatText;
    }

    public StringProperty reportTextProperty() {
        return reportText;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty mergeProperty() {
        return merge;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importingProperty() {
        return importing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report.getReadOnlyProperty();
    }
}
