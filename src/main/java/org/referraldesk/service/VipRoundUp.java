package org.referraldesk.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.NotFound;
import org.referraldesk.domain.Playbook;
import org.referraldesk.domain.PlaybookSettings;
import org.referraldesk.domain.VipInvite;
import org.referraldesk.domain.VipLine;
import org.referraldesk.domain.VipStatus;
import org.referraldesk.store.Store;
import org.referraldesk.store.Tx;

/**
 * The annual VIP round-up: in the chosen month (December unless the owner says otherwise) every
 * partner who referred in the twelve months before it gets one ANNUAL_VIP_INVITE follow-up, and the
 * invite is tracked from planned to sent to accepted or declined.
 */
public final class VipRoundUp {
    private final Store store;
    private final Clock clock;

    public VipRoundUp(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The year the clock shows, in the owner's zone. */
    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /**
     * Plans the invites of {@code year}: one follow-up and one invite for each partner who referred in
     * the twelve months before the 1st of the VIP month and has no invite for that year yet. Running it
     * again creates nothing new. Returns the invites it created.
     */
    public List<VipInvite> plan(int year) {
        return store.inTransaction(tx -> plan(tx, year));
    }

    List<VipInvite> plan(Tx tx, int year) {
        PlaybookSettings settings = OwnerSettings.playbook(tx);
        if (!settings.annualVipInvites()) {
            return List.of();
        }
        Window window = window(settings, year);
        Set<Long> invited = new HashSet<>();
        tx.vipInvites().ofYear(year).forEach(invite -> invited.add(invite.partnerId()));
        List<Long> due = tx.vipInvites().partnersWhoReferred(window.from(), window.until()).stream()
                .filter(partnerId -> !invited.contains(partnerId)).toList();
        Instant now = clock.instant();
        List<VipInvite> created = new ArrayList<>();
        for (FollowUp followUp : new Playbook(settings, clock).annualVipInvites(year, due)) {
            long followUpId = tx.followUps().insert(followUp);
            VipInvite invite = new VipInvite(0, followUp.partnerId(), year, followUpId, VipStatus.PLANNED, now);
            created.add(new VipInvite(tx.vipInvites().insert(invite), invite.partnerId(), year, followUpId,
                    VipStatus.PLANNED, now));
        }
        return created;
    }

    /** The invites of {@code year}, each with the partner's numbers over the twelve months before the VIP month. */
    public List<VipLine> list(int year) {
        return store.inTransaction(tx -> {
            Window window = window(OwnerSettings.playbook(tx), year);
            return tx.vipInvites().lines(year, window.from(), window.until());
        });
    }

    /**
     * When {@code year}'s round-up happens and whom it counts: why its list is what it is (the VIP
     * screen's empty state says it). Planning itself is the reminder check's job, not a screen's.
     */
    public Season season(int year) {
        return store.inTransaction(tx -> {
            PlaybookSettings settings = OwnerSettings.playbook(tx);
            Window window = window(settings, year);
            Instant due = new Playbook(settings, clock).annualVipInvites(year, List.of(0L)).stream().findFirst()
                    .map(FollowUp::dueAt).orElse(window.until());
            return new Season(settings.annualVipInvites(), due, window.from(), window.until(),
                    !clock.instant().isBefore(window.until()));
        });
    }

    /**
     * One year's round-up: whether it is on, when its invites fall due, and the twelve months whose
     * referrers are invited ({@code from} up to, not including, {@code until}).
     *
     * @param counted the twelve months are over: later referrals count for next year's round-up
     */
    public record Season(boolean on, Instant invitesDue, Instant from, Instant until, boolean counted) {
    }

    /** This year and every earlier year that has invites, newest first. */
    public List<Integer> years() {
        Set<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        years.add(currentYear());
        years.addAll(store.inTransaction(tx -> tx.vipInvites().years()));
        return List.copyOf(years);
    }

    /**
     * Moves an invite on. Sent completes its follow-up (it counts as done); accepted or declined only
     * once it was sent.
     */
    public VipInvite mark(long inviteId, VipStatus status) {
        if (status == null || status == VipStatus.PLANNED) {
            throw new InvalidInput("status", "vip.status");
        }
        return store.inTransaction(tx -> {
            VipInvite invite = tx.vipInvites().find(inviteId).orElseThrow(() -> new NotFound("VIP invite", inviteId));
            if (!status.canFollow(invite.status())) {
                throw new InvalidInput("status", status == VipStatus.SENT
                        ? "vip.alreadySent"
                        : "vip.notSent");
            }
            Instant now = clock.instant();
            if (status == VipStatus.SENT && invite.followUpId() != null) {
                boolean open = tx.followUps().find(invite.followUpId()).map(FollowUp::isOpen).orElse(false);
                if (open) {
                    new FollowUps(store, clock).complete(tx, invite.followUpId(), now);
                }
            }
            tx.vipInvites().changeStatus(inviteId, status, now);
            return new VipInvite(inviteId, invite.partnerId(), invite.year(), invite.followUpId(), status, now);
        });
    }

    /** The twelve months before the 1st of the VIP month of {@code year}, from midnight in the owner's zone. */
    Window window(PlaybookSettings settings, int year) {
        ZonedDateTime until = LocalDate.of(year, settings.vipMonth(), 1).atStartOfDay(clock.getZone());
        return new Window(until.minusMonths(12).toInstant(), until.toInstant());
    }

    record Window(Instant from, Instant until) {
    }
}
