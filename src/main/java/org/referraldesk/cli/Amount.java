package org.referraldesk.cli;

import java.math.BigDecimal;
import java.util.Locale;
import org.referraldesk.domain.Amounts;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an amount from the command line through the one amount parser, the same way under every
 * locale so that a script means the same everywhere: a point for decimals, commas between thousands
 * ("5000", "5000.50", "5,000.50").
 */
final class Amount implements ITypeConverter<BigDecimal> {

    @Override
    public BigDecimal convert(String text) {
        try {
            return Amounts.read(text, Locale.ROOT);
        } catch (NumberFormatException notAnAmount) {
            throw new TypeConversionException(Said.text("cli.amount.unreadable", text));
        }
    }
}
