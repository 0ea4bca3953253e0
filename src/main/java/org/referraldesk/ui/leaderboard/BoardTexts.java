package org.referraldesk.ui.leaderboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.ResourceBundle;
import org.referraldesk.domain.Conversion;
import org.referraldesk.domain.ResponseTimes;
import org.referraldesk.domain.ThankYouTimes;
import org.referraldesk.domain.Wording;
import org.referraldesk.domain.YearReport;

/** The headline tiles' words and numbers in the owner's locale: "45%", "3.5 h", "9 won of 20 closed". */
final class BoardTexts {
    private final ResourceBundle text;
    private final Locale locale = Locale.getDefault(Locale.Category.FORMAT);

    BoardTexts(ResourceBundle text) {
        this.text = text;
    }

    Figure referrals(YearReport report) {
        Conversion c = report.conversion();
        return new Figure(NumberFormat.getIntegerInstance(locale).format(report.referrals()),
                format("board.referrals.detail", c.closed(), c.open()));
    }

    Figure conversion(Conversion c) {
        return c.rate().isEmpty() ? none() : new Figure(percent(c.rate()),
                format("board.conversion.detail", c.won(), c.closed(), c.notAFit(), c.lost()));
    }

    Figure medianResponse(ResponseTimes r) {
        return r.medianTime().map(median -> new Figure(hours(median), format("board.response.detail", r.answered())))
                .orElse(none());
    }

    Figure withinADay(ResponseTimes r) {
        return r.shareWithinADay().isEmpty() ? none() : new Figure(percent(r.shareWithinADay()),
                format("board.within.detail", r.withinADay(), r.due(), r.waiting()));
    }

    Figure thankYous(ThankYouTimes t) {
        return t.onTimeRate().isEmpty() ? none() : new Figure(percent(t.onTimeRate()),
                format("board.thanks.detail", t.onTime(), t.late(), t.notDone()));
    }

    /** "3.5 h" under ten hours, "19 h" above. */
    String hours(Duration duration) {
        BigDecimal hours = BigDecimal.valueOf(duration.toSeconds()).divide(BigDecimal.valueOf(3600), 1,
                RoundingMode.HALF_UP);
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(hours.compareTo(BigDecimal.TEN) < 0 ? 1 : 0);
        return format("board.hours", number.format(hours));
    }

    private String percent(OptionalDouble share) {
        return NumberFormat.getPercentInstance(locale).format(share.getAsDouble());
    }

    private Figure none() {
        return new Figure(text.getString("board.none"), text.getString("board.none.detail"));
    }

    String format(String key, Object... values) {
        return new Wording(text, locale).format(key, values);
    }
}
