package org.referraldesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;

/**
 * Where the app logs, set up in code (reading an XML file costs logback more than half a second of
 * start-up): the file beside the database ({@code rd.logDir}, else ~/.referral-desk), owner-only,
 * 5 MB × 3, INFO and up; warnings and errors also on stderr (a command's stdout carries only its
 * answer); Flyway from WARN; a command's unexpected failure only in the file (Cli prints one line).
 * A logback-test.xml or -Dlogback.configurationFile on the class path wins (the tests use one).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class LogFiles extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogFiles.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        writeTo(context, System.getProperty("rd.logDir", System.getProperty("user.home") + "/.referral-desk"));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Sets {@code context} up to log into folder {@code dir} (and stderr). */
    void writeTo(LoggerContext context, String dir) {
        OwnerOnlyLogFile file = new OwnerOnlyLogFile();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/referral-desk.log");
        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setFileNamePattern(dir + "/referral-desk.%i.log");
        rolling.setMinIndex(1);
        rolling.setMaxIndex(3);
        rolling.setParent(file);
        rolling.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> size = new SizeBasedTriggeringPolicy<>();
        size.setContext(context);
        size.setMaxFileSize(FileSize.valueOf("5MB"));
        size.start();
        file.setRollingPolicy(rolling);
        file.setTriggeringPolicy(size);
        file.setEncoder(encoder(context, "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n"));
        file.start();

        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("CONSOLE");
        console.setTarget("System.err");
        ThresholdFilter warnings = new ThresholdFilter();
        warnings.setLevel("WARN");
        warnings.start();
        console.addFilter(warnings);
        console.setEncoder(encoder(context, "%-5level %logger{36} - %msg%n"));
        console.start();

        context.getLogger("org.flywaydb").setLevel(Level.WARN);
        Logger cli = context.getLogger("org.referraldesk.cli.Cli");
        cli.setLevel(Level.INFO);
        cli.setAdditive(false);
        cli.addAppender(file);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
        root.addAppender(console);
    }

    private static PatternLayoutEncoder encoder(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }
}
