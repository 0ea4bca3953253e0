package org.referraldesk.service;

import java.math.BigDecimal;
import java.time.Month;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.referraldesk.domain.DueOffset;
import org.referraldesk.domain.PlaybookSettings;

/** The playbook settings as named text values; a missing value takes the default. */
final class PlaybookSettingsText {
    static final String PREFIX = "playbook.";
    private static final String P = PREFIX;

    private PlaybookSettingsText() {
    }

    static PlaybookSettings read(Function<String, String> stored) {
        PlaybookSettings d = PlaybookSettings.defaults();
        Function<String, String> get = name -> stored.apply(P + name);
        return new PlaybookSettings(
                offset(get, "respondToClient", d.respondToClient()),
                offset(get, "thankReferrer", d.thankReferrer()),
                flag(get, "handwrittenCards", d.handwrittenCards()), offset(get, "handwrittenCard", d.handwrittenCard()),
                offset(get, "middleActUpdate", d.middleActUpdate()),
                offset(get, "endUpdate", d.endUpdate()),
                flag(get, "publicThanks", d.publicThanks()), offset(get, "publicThanksAfter", d.publicThanksAfter()),
                flag(get, "gifts", d.gifts()), offset(get, "giftAfter", d.giftAfter()),
                text(get, "giftPercent").map(BigDecimal::new).orElse(d.giftPercent()),
                offset(get, "explainNotAFit", d.explainNotAFit()),
                flag(get, "clientCallbacks", d.clientCallbacks()), offset(get, "clientCallback", d.clientCallback()),
                flag(get, "annualVipInvites", d.annualVipInvites()),
                text(get, "vipMonth").map(Month::valueOf).orElse(d.vipMonth()),
                text(get, "defaultCheckInCadenceDays").map(Integer::valueOf).orElse(d.defaultCheckInCadenceDays()));
    }

    static Map<String, String> write(PlaybookSettings s) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(P + "respondToClient", s.respondToClient().toString());
        out.put(P + "thankReferrer", s.thankReferrer().toString());
        out.put(P + "handwrittenCards", Boolean.toString(s.handwrittenCards()));
        out.put(P + "handwrittenCard", s.handwrittenCard().toString());
        out.put(P + "middleActUpdate", s.middleActUpdate().toString());
        out.put(P + "endUpdate", s.endUpdate().toString());
        out.put(P + "publicThanks", Boolean.toString(s.publicThanks()));
        out.put(P + "publicThanksAfter", s.publicThanksAfter().toString());
        out.put(P + "gifts", Boolean.toString(s.gifts()));
        out.put(P + "giftAfter", s.giftAfter().toString());
        out.put(P + "giftPercent", s.giftPercent().toPlainString());
        out.put(P + "explainNotAFit", s.explainNotAFit().toString());
        out.put(P + "clientCallbacks", Boolean.toString(s.clientCallbacks()));
        out.put(P + "clientCallback", s.clientCallback().toString());
        out.put(P + "annualVipInvites", Boolean.toString(s.annualVipInvites()));
        out.put(P + "vipMonth", s.vipMonth().name());
        out.put(P + "defaultCheckInCadenceDays", Integer.toString(s.defaultCheckInCadenceDays()));
        return out;
    }

    private static java.util.Optional<String> text(Function<String, String> get, String name) {
        return java.util.Optional.ofNullable(get.apply(name));
    }

    private static DueOffset offset(Function<String, String> get, String name, DueOffset fallback) {
        return text(get, name).map(DueOffset::parse).orElse(fallback);
    }

    private static boolean flag(Function<String, String> get, String name, boolean fallback) {
        return text(get, name).map(Boolean::parseBoolean).orElse(fallback);
    }
}
