package org.referraldesk.ui.partners;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ResourceBundle;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.ReferralSummary;
import org.referraldesk.domain.TouchKind;
import org.referraldesk.ui.common.OwnerFormats;

/** How the partner screens write dates, money, touch kinds and stages, in the owner's zone and locale. */
final class PartnerFormats {
    private final ResourceBundle text;
    private final OwnerFormats formats;

    PartnerFormats(ResourceBundle text, Clock clock) {
        this.text = text;
        this.formats = new OwnerFormats(text, clock);
    }

    /** "23 Nov 2026", or a dash for never. */
    String date(Instant instant) {
        return instant == null ? text.getString("partners.never") : formats.date(instant);
    }

    /** "23 Nov 2026, 09:00", or a dash for never. */
    String dateTime(Instant instant) {
        return instant == null ? text.getString("partners.never") : formats.dateTime(instant);
    }

    /** "1,234.50" in the owner's locale: always two decimals, no currency (the desk keeps none). */
    String money(BigDecimal amount) {
        return OwnerFormats.money(amount);
    }

    String touchKind(TouchKind kind) {
        return Labels.forOwner().of(kind);
    }

    /** "Middle · meeting booked". */
    String actAndStage(ReferralSummary story) {
        return formats.actAndStage(story.stage());
    }

    String text(String key) {
        return text.getString(key);
    }
}
