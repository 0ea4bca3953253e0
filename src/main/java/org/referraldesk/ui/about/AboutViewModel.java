package org.referraldesk.ui.about;

import java.nio.file.Path;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.referraldesk.domain.Wording;
import org.referraldesk.ui.common.BackgroundTasks;

/**
 * The About dialog: name and version, vendor, copyright, licence, the data and log folders, and the
 * Java that runs the desk. Opens a folder or the licence page in the background (the desktop's file
 * manager and browser can take a while) and says in {@link #statusProperty()} when it could not.
 */
public final class AboutViewModel {
    private final AboutFacts facts;
    private final BackgroundTasks tasks;
    private final SystemShell shell;
    private final Consumer<String> clipboard;
    private final ResourceBundle text;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public AboutViewModel(AboutFacts facts, BackgroundTasks tasks, SystemShell shell, Consumer<String> clipboard,
            ResourceBundle text) {
        this.facts = facts;
        this.tasks = tasks;
        this.shell = shell;
        this.clipboard = clipboard;
        this.text = text;
    }

    /** "Referral Desk 0.1.0". */
    public String title() {
        return facts.name() + " " + facts.version();
    }

    public String vendor() {
        return facts.vendor();
    }

    public String copyright() {
        return facts.copyright();
    }

    /** "Licensed under the Apache License 2.0". */
    public String licence() {
        return Wording.forOwner(text).format("about.licence", facts.licence());
    }

    public String licenceLink() {
        return facts.licenceLink().toString();
    }

    public String licenceText() {
        return facts.licenceText();
    }

    public String dataFolder() {
        return facts.dataFolder().toString();
    }

    public String logFolder() {
        return facts.logFolder().toString();
    }

    public String runtime() {
        return facts.runtime();
    }

    /** What went wrong opening a folder or a link, or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public void openDataFolder() {
        openFolder(facts.dataFolder());
    }

    public void openLogFolder() {
        openFolder(facts.logFolder());
    }

    public void openLicenceLink() {
        status.set("");
        tasks.run(() -> shell.browse(facts.licenceLink()),
                opened -> status.set(opened ? "" : Wording.forOwner(text).format("about.noBrowser", licenceLink())),
                failure -> status.set(Wording.forOwner(text).format("about.noBrowser", licenceLink())));
    }

    /** Name, version, folders and Java on the clipboard, for an email to support. */
    public void copyDetails() {
        clipboard.accept(String.join(System.lineSeparator(), title(), facts.copyright(),
                text.getString("about.dataFolder") + " " + dataFolder(),
                text.getString("about.logFolder") + " " + logFolder(),
                text.getString("about.runtime") + " " + runtime()));
        status.set(text.getString("about.copied"));
    }

    private void openFolder(Path folder) {
        status.set("");
        tasks.run(() -> shell.openFolder(folder),
                opened -> status.set(opened ? "" : Wording.forOwner(text).format("about.noFileManager", folder)),
                failure -> status.set(Wording.forOwner(text).format("about.noFileManager", folder)));
    }
}
