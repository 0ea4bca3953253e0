package org.referraldesk.ui.thanks;

import org.referraldesk.domain.Wording;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.ReferralGiven;
import org.referraldesk.service.ReferralsGiven;
import org.referraldesk.ui.common.BackgroundTasks;
import org.referraldesk.ui.common.FormFields;

/** "Log a referral you gave": whom we sent to the partner, the day and a note. */
public final class LogGivenViewModel {
    public static final String CLIENT = "client";
    public static final String DATE = "givenOn";
    public static final String NOTE = "note";

    private final ReferralsGiven given;
    private final Clock clock;
    private final ResourceBundle text;
    private final FormFields form;
    private final StringProperty header = new SimpleStringProperty("");
    private long partnerId;

    public LogGivenViewModel(ReferralsGiven given, BackgroundTasks tasks, Clock clock, ResourceBundle text) {
        this.given = given;
        this.clock = clock;
        this.text = text;
        this.form = new FormFields(tasks, text, List.of(CLIENT, DATE, NOTE));
    }

    public void start(long partner, String partnerName) {
        partnerId = partner;
        header.set(Wording.forOwner(text).format("given.header", partnerName));
        form.field(CLIENT).set("");
        form.field(NOTE).set("");
        form.day(DATE).set(LocalDate.now(clock));
    }

    public void log(Consumer<ReferralGiven> onLogged) {
        long to = partnerId;
        form.submit(() -> {
            LocalDate day = form.date(DATE);
            String client = form.field(CLIENT).get();
            String note = form.text(NOTE);
            Callable<ReferralGiven> work = () -> given.logGiven(to, client, day, note);
            return work;
        }, onLogged);
    }


    public FormFields form() {
        return form;
    }

    public ReadOnlyStringProperty headerProperty() {
        return header;
    }
}
