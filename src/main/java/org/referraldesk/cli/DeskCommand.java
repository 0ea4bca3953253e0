package org.referraldesk.cli;

import org.referraldesk.service.Services;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.referraldesk.domain.InvalidInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** {@code referral-desk [--db PATH] [COMMAND]}: with no command, the window opens. */
@Command(name = "referral-desk", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Answer every referral within a day, thank every referrer, look after your heroes.",
            "With no COMMAND the window opens. Times are ISO-8601: 2026-03-11T09:00:00Z, "
                + "2026-03-11T10:00+01:00, or 2026-03-11T10:00 in this computer's time zone."},
        subcommands = {ReferralCommand.class, DueCommand.class, DoneCommand.class, TouchCommand.class,
            ExportCommand.class, BackupCommand.class, RestoreCommand.class, CardsCommand.class,
            ImportCommand.class, SettingsCommand.class, MessageCommand.class, CheckCommand.class, PasswordCommand.class,
            SearchCommand.class, ContactCommand.class, LanguageCommand.class},
        footer = {"", "Exit codes: 0 done, 1 bad input (one line on stderr, nothing written), 2 usage error, "
                + "3 the database is open in another Referral Desk window or command, "
                + "4 the database is damaged, cut short, empty or not a Referral Desk file (nothing written to it), "
                + "5 the desk is protected and the password is missing or wrong (nothing touched)."})
final class DeskCommand implements Callable<Integer> {
    private static final Set<String> NO_BACKUP_FIRST = Set.of("restore", "check", "backup list");
    private final DeskOpener opener;
    private final DeskKeys keys;
    private final WindowOpener window;
    private final Clock clock;
    private final Supplier<Path> defaultDatabase;
    PrintWriter out;
    PrintWriter err;
    /** Where the language of this computer's user is kept (ADR 0019). */
    Supplier<org.referraldesk.service.LanguageChoice> language;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file (default: referral-desk in the user's data folder).")
    Path db;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "For a desk protected with a password: the file whose first line is the password "
                    + "(default: the file named by " + PasswordFile.VARIABLE + ").")
    Path passwordFile;

    DeskCommand(DeskOpener opener, DeskKeys keys, WindowOpener window, Clock clock, Supplier<Path> defaultDatabase) {
        this.opener = opener;
        this.keys = keys;
        this.window = window;
        this.clock = clock;
        this.defaultDatabase = defaultDatabase;
    }

    @Override
    public Integer call() {
        return window.open(database());
    }

    org.referraldesk.service.LanguageChoice language() {
        return language.get();
    }

    Path database() {
        return db != null ? db : defaultDatabase.get();
    }

    /**
     * The services at the clock, or at a clock stopped at {@code at} (in the owner's zone) when given.
     * Before the command runs, the daily backup is taken when the newest is older than a day
     * (not for restore and check); a backup that fails is one line on stderr, and the command runs.
     */
    Services open(Instant at) {
        Clock when = at == null ? clock : Clock.fixed(at, clock.getZone());
        Services services = opener.open(database(), password(), when);
        if (backsUpFirst()) {
            try {
                services.backups().takeIfDue();
            } catch (RuntimeException e) {
                err.println(Said.text("cli.dailyBackupFailed", Cli.message(e)));
            }
        }
        return services;
    }

    /** Whether the command running is one the daily backup comes before: not restore, check or backup list. */
    private boolean backsUpFirst() {
        if (spec == null || spec.commandLine().getParseResult() == null) {
            return true;
        }
        ParseResult command = spec.commandLine().getParseResult();
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        String name = command.commandSpec().qualifiedName(" ");
        return !NO_BACKUP_FIRST.contains(name.substring(name.indexOf(' ') + 1));
    }

    /** The password from --password-file or the environment's password file; null when neither names one. */
    String password() {
        return PasswordFile.read(PasswordFile.chosen(passwordFile, System.getenv(PasswordFile.VARIABLE)));
    }

    /** Protects the desk with {@code next}, changes its password, or with null removes it. */
    void changePassword(String next) {
        keys.change(database(), password(), next);
    }

    /**
     * The services for a command that writes at {@code at}: like {@link #open}, but a time more than a
     * day ahead of now (a slip such as 9999-01-01, which would move a check-in to that year) or before
     * 1970 is refused before the desk opens.
     */
    Services openToWrite(Instant at) {
        if (at != null && at.isAfter(clock.instant().plus(Duration.ofDays(1)))) {
            throw new InvalidInput("at", "time.tooFarAhead", InvalidInput.label("label.timeCommand"));
        }
        if (at != null && at.isBefore(Instant.EPOCH)) {
            throw new InvalidInput("at", "time.tooEarly", InvalidInput.label("label.timeCommand"));
        }
        return open(at);
    }

    Clock clock() {
        return clock;
    }
}
