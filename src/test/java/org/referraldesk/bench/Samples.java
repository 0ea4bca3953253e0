package org.referraldesk.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/** Repeated measurements of one thing (milliseconds, bytes, ...): their median and 99th percentile. */
public final class Samples {
    private final List<Double> values = new ArrayList<>();

    public static Samples of(double... values) {
        Samples samples = new Samples();
        for (double v : values) {
            samples.add(v);
        }
        return samples;
    }

    /** Runs {@code work} {@code warmUps} times unmeasured, then {@code runs} times, each timed in ms. */
    public static Samples timed(int warmUps, int runs, Supplier<?> work) {
        for (int i = 0; i < warmUps; i++) {
            work.get();
        }
        Samples samples = new Samples();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            samples.add((System.nanoTime() - start) / 1e6);
        }
        return samples;
    }

    public void add(double value) {
        values.add(value);
    }

    /** The {@code i}th value, in the order added. */
    public double values(int i) {
        return values.get(i);
    }

    public int size() {
        return values.size();
    }

    public double first() {
        return values.get(0);
    }

    public double last() {
        return values.get(values.size() - 1);
    }

    /** The middle value (the mean of the two middle ones for an even count); NaN when empty. */
    public double median() {
        double[] sorted = sorted();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The 99th percentile by the nearest-rank method: the smallest value at or above 99 % of them. */
    public double p99() {
        double[] sorted = sorted();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(0.99 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private double[] sorted() {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }
}
