package org.referraldesk.domain;

import java.util.Comparator;
import java.util.List;

/**
 * The leaderboard of one year (the owner's calendar year, by when stories were received): every hero's
 * numbers, how the stories ended, how fast they were answered, whether referrers were thanked on time,
 * and the stories per month and channel.
 */
public record YearReport(int year, List<HeroScore> heroes, Conversion conversion, ResponseTimes responses,
        ThankYouTimes thankYous, List<ChannelMonth> monthly) {

    public YearReport {
        heroes = List.copyOf(heroes);
        monthly = List.copyOf(monthly);
    }

    /** A year without stories. */
    public static YearReport empty(int year) {
        return new YearReport(year, List.of(), new Conversion(0, 0, 0, 0), ResponseTimes.none(),
                new ThankYouTimes(0, 0, 0, 0), List.of());
    }

    public int referrals() {
        return conversion.stories();
    }

    public boolean isEmpty() {
        return referrals() == 0;
    }

    /**
     * The {@code limit} best heroes by {@code measure}, best first; ties go to more referrals, then the
     * name. Heroes whose number is zero (nothing won yet) are not on a money board.
     */
    public List<HeroScore> top(HeroMeasure measure, int limit) {
        return heroes.stream().filter(h -> measure.of(h).signum() > 0)
                .sorted(Comparator.comparing(measure::of).reversed()
                        .thenComparing(Comparator.comparingInt(HeroScore::referrals).reversed())
                        .thenComparing(HeroScore::name, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(HeroScore::partnerId))
                .limit(limit).toList();
    }

    /** Stories received in {@code month} (1 = January) through {@code channel}. */
    public int referrals(int month, Channel channel) {
        return monthly.stream().filter(m -> m.month() == month && m.channel() == channel)
                .mapToInt(ChannelMonth::referrals).sum();
    }
}
