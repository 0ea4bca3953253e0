package org.referraldesk.service;

import java.util.List;
import java.util.Map;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.domain.PlaybookSettings;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/** The owner's settings: the playbook's offsets and switches, the names messages use, and the theme. */
public final class OwnerSettings {
    public static final String THEME = "ui.theme";
    public static final String BUSINESS = "owner.business";
    public static final String OWNER = "owner.name";
    /** The owner's own email addresses, comma-separated: never taken for a client (issue 17). */
    public static final String OWNER_EMAILS = "owner.emails";
    /** Set once the first-start dialog was answered or put off. */
    public static final String WELCOMED = "desk.welcomed";
    public static final String LIGHT = "light";
    public static final String DARK = "dark";

    private final Store store;

    public OwnerSettings(Store store) {
        this.store = store;
    }

    public PlaybookSettings playbook() {
        return store.inTransaction(OwnerSettings::playbook);
    }

    /** The playbook's settings, all read in one query. */
    static PlaybookSettings playbook(Tx tx) {
        return PlaybookSettingsText.read(tx.settings().startingWith(PlaybookSettingsText.PREFIX)::get);
    }

    /** Stores every playbook setting; they were validated when the settings were made. */
    public void savePlaybook(PlaybookSettings settings) {
        Map<String, String> values = PlaybookSettingsText.write(settings);
        store.useTransaction(tx -> values.forEach((name, value) -> tx.settings().put(name, value)));
    }

    /** The names {business} and {owner} stand for in messages; the defaults until the owner saves theirs. */
    public OwnerNames names() {
        return store.inTransaction(OwnerSettings::names);
    }

    static OwnerNames names(Tx tx) {
        OwnerNames d = OwnerNames.defaults();
        return new OwnerNames(tx.settings().get(BUSINESS).orElse(d.business()), tx.settings().get(OWNER).orElse(d.owner()));
    }

    /** Stores both names; they were validated when the names were made. */
    public void saveNames(OwnerNames names) {
        store.useTransaction(tx -> {
            tx.settings().put(BUSINESS, names.business());
            tx.settings().put(OWNER, names.owner());
        });
    }

    /**
     * Whether the first-start dialog should ask for the names: neither name is set and it has not
     * been answered or put off ("Later") on this desk before.
     */
    public boolean welcomeDue() {
        return store.inTransaction(tx -> names(tx).unset() && tx.settings().get(WELCOMED).isEmpty());
    }

    /** Remembers that the first-start dialog was answered or put off; it does not ask again. */
    public void markWelcomed() {
        store.useTransaction(tx -> tx.settings().put(WELCOMED, "true"));
    }

    public String theme() {
        return store.inTransaction(tx -> tx.settings().get(THEME).orElse(LIGHT));
    }

    public void saveTheme(String theme) {
        if (!LIGHT.equals(theme) && !DARK.equals(theme)) {
            throw new IllegalArgumentException("Unknown theme " + theme);
        }
        store.useTransaction(tx -> tx.settings().put(THEME, theme));
    }

    /** The owner's own addresses, in the order given; empty until set. */
    public List<String> ownerEmails() {
        String text = store.inTransaction(tx -> tx.settings().get(OWNER_EMAILS).orElse(""));
        return text.isBlank() ? List.of() : List.of(text.split(","));
    }

    /**
     * Stores the owner's addresses from "a@x.example, b@y.example": each checked as an email
     * address (the first bad one refuses all, nothing changes), each once; a blank text clears them.
     */
    public void saveOwnerEmails(String commaSeparated) {
        List<String> emails = Checks.emails("ownerEmails", commaSeparated);
        store.useTransaction(tx -> tx.settings().put(OWNER_EMAILS, String.join(",", emails)));
    }
}
