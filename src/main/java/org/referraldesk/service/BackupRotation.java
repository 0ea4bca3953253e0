package org.referraldesk.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.referraldesk.domain.BackupReason;

/**
 * Which automatic backups go (ADR 0012). The daily and on-quit ones: the newest of each day for the
 * 7 most recent days that have one, then the newest of each ISO week for the 4 weeks before the
 * oldest of those days. The ones the owner asked for (by hand) and the safety copies (before a
 * migration or a restore) stay 30 days. The backup just taken, and any file not named by the desk,
 * always stay.
 */
final class BackupRotation {
    static final int DAYS = 7;
    static final int WEEKS = 4;
    static final Duration KEPT_BY_AGE = Duration.ofDays(30);

    private final ZoneId zone;

    BackupRotation(ZoneId zone) {
        this.zone = zone;
    }

    /** The backups of {@code all} (newest first) to delete at {@code now}, {@code justTaken} never among them. */
    List<BackupFile> toDelete(List<BackupFile> all, BackupFile justTaken, Instant now) {
        List<BackupFile> regular = new ArrayList<>();
        List<BackupFile> gone = new ArrayList<>();
        List<BackupFile> newestFirst = new ArrayList<>(all);
        // the one just taken is the newest of its minute, whatever else carries the same time
        newestFirst.sort(Comparator.comparing(BackupFile::takenAt).reversed()
                .thenComparing(b -> !b.file().equals(justTaken.file())));
        for (BackupFile backup : newestFirst) {
            BackupReason reason = backup.reason().orElse(null);
            if (reason == null) {
                continue;
            }
            if (reason.rotatedByDay()) {
                regular.add(backup);
            } else if (backup.takenAt().isBefore(now.minus(KEPT_BY_AGE))) {
                gone.add(backup);
            }
        }
        Set<BackupFile> kept = keptOf(regular);
        regular.stream().filter(b -> !kept.contains(b)).forEach(gone::add);
        gone.removeIf(b -> b.file().equals(justTaken.file()));
        return gone;
    }

    private Set<BackupFile> keptOf(List<BackupFile> newestFirst) {
        Map<LocalDate, BackupFile> days = new LinkedHashMap<>();
        for (BackupFile backup : newestFirst) {
            LocalDate day = day(backup);
            if (days.size() < DAYS || days.containsKey(day)) {
                days.putIfAbsent(day, backup);
            }
        }
        Set<BackupFile> kept = new HashSet<>(days.values());
        if (days.size() < DAYS) {
            return kept;
        }
        LocalDate oldestDay = days.keySet().stream().min(LocalDate::compareTo).orElseThrow();
        long oldestDaysWeek = week(oldestDay);
        Map<Long, BackupFile> weeks = new LinkedHashMap<>();
        for (BackupFile backup : newestFirst) {
            long week = week(day(backup));
            if (week < oldestDaysWeek && (weeks.size() < WEEKS || weeks.containsKey(week))) {
                weeks.putIfAbsent(week, backup);
            }
        }
        kept.addAll(weeks.values());
        return kept;
    }

    private LocalDate day(BackupFile backup) {
        return LocalDate.ofInstant(backup.takenAt(), zone);
    }

    /** The ISO week as one growing number: week-based year × 100 + week. */
    private static long week(LocalDate day) {
        return day.get(IsoFields.WEEK_BASED_YEAR) * 100L + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
