package org.referraldesk.domain;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the owner types an amount, read in one place and as their locale says: under a German locale
 * "1.234,50" is 1234.50, under an English one "1,234.50" is. Spaces between thousands are fine, and
 * so is a decimal comma or point with one or two places ("180,00" under English). What could be read
 * two ways ("1.234,50" under English, "1.234" with its three places after the point) or holds
 * anything but digits is refused: an amount has at most two decimal places.
 */
public final class Amounts {
    private Amounts() {
    }

    /**
     * The amount in {@code typed} (not blank), read in {@code locale}.
     *
     * @throws NumberFormatException when it is no amount or could be read two ways
     */
    public static BigDecimal read(String typed, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        char grouping = symbols.getGroupingSeparator();
        String text = typed == null ? "" : typed.replaceAll("[\\s\\u00a0\\u202f]", "");
        if (grouping != '.' && grouping != ',') {
            text = text.replace(String.valueOf(grouping), "").replace("'", "");
            grouping = 0;
        }
        boolean negative = text.startsWith("-");
        String digits = negative ? text.substring(1) : text;
        if (!digits.matches("[0-9.,]*[0-9][0-9.,]*")) {
            throw new NumberFormatException("Not an amount: " + typed);
        }
        int last = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
        String whole = digits;
        String fraction = "";
        if (last >= 0) {
            String head = digits.substring(0, last);
            String tail = digits.substring(last + 1);
            boolean headPlain = head.indexOf('.') < 0 && head.indexOf(',') < 0;
            char separator = digits.charAt(last);
            boolean decimalPlaces = separator == decimal || (tail.length() <= 2 && headPlain);
            if (decimalPlaces) {
                whole = head;
                fraction = tail;
            }
            if (decimalPlaces && (tail.isEmpty() || tail.length() > 2)) {
                throw new NumberFormatException("Not two decimal places: " + typed);
            }
            if (!decimalPlaces && separator != grouping) {
                throw new NumberFormatException("Could be read two ways: " + typed);
            }
        }
        BigDecimal amount = new BigDecimal(grouped(whole, grouping, typed) + (fraction.isEmpty() ? "" : "." + fraction));
        return negative ? amount.negate() : amount;
    }

    /** An amount as the owner would type it: "200.00" in English, "200,00" in German, no grouping. */
    public static String write(BigDecimal amount, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        int places = Math.max(0, amount.scale());
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        return format.format(amount);
    }

    /** The digits of a whole number written with {@code grouping} between thousands, or refused. */
    private static String grouped(String whole, char grouping, String typed) {
        if (whole.isEmpty()) {
            return "0";
        }
        String[] groups = grouping == 0 ? new String[] {whole} : whole.split(java.util.regex.Pattern.quote(
                String.valueOf(grouping)), -1);
        for (int i = 0; i < groups.length; i++) {
            String group = groups[i];
            boolean fits = group.matches("[0-9]+") && (groups.length == 1 || (i == 0 ? group.length() <= 3
                    : group.length() == 3));
            if (!fits) {
                throw new NumberFormatException("Thousands not in groups of three: " + typed);
            }
        }
        return String.join("", groups);
    }
}
