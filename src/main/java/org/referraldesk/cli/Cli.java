package org.referraldesk.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.referraldesk.service.LanguageChoice;
import java.time.Instant;
import java.util.function.Supplier;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.OwnersWords;
import org.referraldesk.service.DamagedDesk;
import org.referraldesk.service.DeskCheck;
import org.referraldesk.service.DeskNotEmpty;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The command line: {@code referral-desk [--db PATH] [COMMAND]}. Parses with picocli, runs the
 * command on services the app opens, and turns every outcome into an exit code ({@link ExitCodes}).
 */
public final class Cli {
    private final DeskOpener opener;
    private final DeskKeys keys;
    private final WindowOpener window;
    private final Clock clock;
    private final Supplier<Path> defaultDatabase;
    private final String version;
    private final Supplier<LanguageChoice> language;

    /** {@code clock} is "now" and the owner's zone; {@code --at} stops it at another instant in the same zone. */
    public Cli(DeskOpener opener, DeskKeys keys, WindowOpener window, Clock clock, Supplier<Path> defaultDatabase,
            String version) {
        this(opener, keys, window, clock, defaultDatabase, version,
                () -> LanguageChoice.in(defaultDatabase.get().toAbsolutePath().getParent()));
    }

    /** As above, with where the language of this computer's user is kept (the app's data folder). */
    public Cli(DeskOpener opener, DeskKeys keys, WindowOpener window, Clock clock, Supplier<Path> defaultDatabase,
            String version, Supplier<LanguageChoice> language) {
        this.language = language;
        this.opener = opener;
        this.keys = keys;
        this.window = window;
        this.clock = clock;
        this.defaultDatabase = defaultDatabase;
        this.version = version;
    }

    /** Runs one command line; what it prints goes to {@code out}, messages to {@code err}. */
    public int run(String[] args, PrintStream out, PrintStream err) {
        DeskCommand desk = new DeskCommand(opener, keys, window, clock, defaultDatabase);
        PrintWriter output = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter errors = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        desk.out = output;
        desk.err = errors;
        desk.language = language;
        CommandLine line = new CommandLine(desk);
        line.getCommandSpec().version(version);
        line.registerConverter(Instant.class, new Moments(clock.getZone()));
        line.registerConverter(java.math.BigDecimal.class, new Amount());
        line.setOut(output);
        line.setErr(errors);
        line.setExecutionExceptionHandler((failure, command, parsed) -> {
            errors.println(failure instanceof DamagedDesk damaged ? DamagedLine.of(damaged, clock.getZone())
                    : message(failure));
            return exitCode(failure);
        });
        int code = line.execute(args);
        output.flush();
        errors.flush();
        return code;
    }

    static String message(Exception failure) {
        if (failure instanceof DeskNotEmpty) {
            return Said.text("cli.deskNotEmpty");
        }
        if (failure instanceof InvalidInput refused) {
            return oneLine(refused.ownersMessage());
        }
        if (failure instanceof OwnersWords && failure.getMessage() != null) {
            return oneLine(failure.getMessage());
        }
        if (failure instanceof UncheckedIOException written && !wrapsOnly(written)) {
            return oneLine(failure.getMessage()); // "The file … could not be written: No space left on device"
        }
        LoggerFactory.getLogger(Cli.class).error("Unexpected failure", failure);
        String log = System.getProperty("rd.logDir");
        return log == null ? Said.text("cli.unexpectedNoLog")
                : Said.text("cli.unexpected", Path.of(log, "referral-desk.log").toString());
    }

    /** {@code new UncheckedIOException(e)}: its message is the raw "java.io.IOException: …". */
    private static boolean wrapsOnly(UncheckedIOException failure) {
        return failure.getMessage() == null || failure.getMessage().equals(String.valueOf(failure.getCause()));
    }

    static int exitCode(Exception failure) {
        if (failure instanceof DamagedDesk) {
            return ExitCodes.DAMAGED;
        }
        if (failure instanceof DeskUnavailable unavailable && unavailable.busy()
                || failure instanceof DeskCheck.Unreadable unreadable && unreadable.busy()) {
            return ExitCodes.BUSY;
        }
        if (failure instanceof DeskLocked || failure instanceof DeskCheck.Unreadable unreadable && unreadable.locked()) {
            return ExitCodes.LOCKED;
        }
        return ExitCodes.BAD_INPUT;
    }

    private static String oneLine(String text) {
        return String.valueOf(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
