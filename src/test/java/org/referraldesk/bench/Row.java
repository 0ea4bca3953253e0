package org.referraldesk.bench;

/**
 * One line of the results: the measured value (a median) with its p99, the baseline measured in the same
 * run and value / baseline. A row that could not be measured has NaN values and says why in {@code note}.
 */
public record Row(String name, double value, double p99, String unit, double baseline, double ratio, String note) {

    /** {@code measured} against {@code baseline} (both medians); ratio = value / baseline. */
    public static Row of(String name, String unit, Samples measured, Samples baseline, String note) {
        double value = measured.median();
        double base = baseline == null ? Double.NaN : baseline.median();
        return new Row(name, value, measured.p99(), unit, base, base > 0 ? value / base : Double.NaN, note);
    }

    /** A row with no baseline of its own (the target is absolute). */
    public static Row alone(String name, String unit, Samples measured, String note) {
        return of(name, unit, measured, null, note);
    }

    /** A row that could not be measured, and why. */
    public static Row missing(String name, String unit, String why) {
        return new Row(name, Double.NaN, Double.NaN, unit, Double.NaN, Double.NaN, why);
    }
}
