package org.referraldesk.cli;

import java.util.Locale;
import org.referraldesk.domain.Stage;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The open stages a story moves to: contacted, meeting-booked, met, proposal-sent. */
final class Stages implements ITypeConverter<Stage> {
    @Override
    public Stage convert(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (Stage stage : Stage.values()) {
            if (stage.name().equals(name)) {
                if (stage.isEnd()) {
                    throw new TypeConversionException(Said.text("cli.stage.ending"));
                }
                return stage;
            }
        }
        throw new TypeConversionException(Said.text("cli.stage.unknown", value));
    }
}
