package org.referraldesk.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * What a window wrote to its probe file ({@code -Dreferraldesk.probe=FILE}): {@code shown <ms>},
 * {@code screen <name> <ms>} per screen of the tour, {@code rss <bytes>}, {@code done}.
 */
public record ProbeLines(OptionalDouble shown, Map<String, Double> screens, OptionalDouble rss, boolean done) {

    public static ProbeLines read(Path file) {
        try {
            return parse(Files.exists(file) ? Files.readAllLines(file) : List.of());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static ProbeLines parse(List<String> lines) {
        OptionalDouble shown = OptionalDouble.empty();
        OptionalDouble rss = OptionalDouble.empty();
        Map<String, Double> screens = new LinkedHashMap<>();
        boolean done = false;
        for (String line : lines) {
            String[] word = line.trim().split("\\s+");
            switch (word[0]) {
                case "shown" -> shown = OptionalDouble.of(Double.parseDouble(word[1]));
                case "rss" -> rss = OptionalDouble.of(Double.parseDouble(word[1]));
                case "screen" -> screens.put(word[1], Double.parseDouble(word[2]));
                case "done" -> done = true;
                default -> { }
            }
        }
        return new ProbeLines(shown, screens, rss, done);
    }
}
