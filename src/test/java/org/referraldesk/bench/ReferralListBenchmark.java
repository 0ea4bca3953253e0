package org.referraldesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Random;
import java.util.function.Supplier;
import org.referraldesk.domain.Act;
import org.referraldesk.domain.Channel;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.FollowUp;
import org.referraldesk.domain.FollowUpKind;
import org.referraldesk.domain.Referral;
import org.referraldesk.domain.ReferralQuery;
import org.referraldesk.domain.Stage;
import org.referraldesk.service.ReferralPage;
import org.referraldesk.service.Referrals;
import org.referraldesk.store.Store;

/**
 * Not a test: run by hand to measure the referrals list on a big desk (see src/docs/benchmarks.md).
 * Usage: java -cp ... org.referraldesk.bench.ReferralListBenchmark [stories]
 */
public final class ReferralListBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private ReferralListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int stories = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("rd-bench");
        try (Store store = Store.open(dir.resolve("desk"))) {
            long start = System.nanoTime();
            fill(store, stories);
            System.out.printf("filled %,d stories in %,d ms%n", stories, (System.nanoTime() - start) / 1_000_000);
            Referrals referrals = new Referrals(store, Clock.fixed(NOW, ZoneId.of("Europe/London")));
            ReferralQuery all = ReferralQuery.all();
            for (int round = 0; round < 3; round++) {
                time("newest first, page 1 + count", () -> referrals.search(all, 500, 0));
                time("search 'smith'", () -> referrals.search(all.withSearch("smith"), 500, 0));
                time("middle act", () -> referrals.search(all.withAct(Act.MIDDLE), 500, 0));
                time("needs attention", () -> referrals.search(all.withNeedsAttention(true), 500, 0));
                time("by next follow-up", () -> referrals.search(all.sortedBy(ReferralQuery.Sort.NEXT_FOLLOW_UP, false), 500, 0));
                time("by referrer, page 100", () -> referrals.search(all.sortedBy(ReferralQuery.Sort.REFERRER, false), 500, 50_000));
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used %,d MB%n", (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
            System.out.printf("file %,d MB%n", Files.size(store.file()) / (1024 * 1024));
        }
    }

    private static void time(String what, Supplier<ReferralPage> query) {
        long start = System.nanoTime();
        ReferralPage page = query.get();
        System.out.printf("%-30s %5d ms  rows=%d total=%d%n", what, (System.nanoTime() - start) / 1_000_000,
                page.rows().size(), page.total());
    }

    /** The big desk: {@code stories} stories from 5,000 contacts over three years, 80 % of their follow-ups done. */
    static void fill(Store store, int stories) {
        Random random = new Random(1);
        String[] first = {"Anna", "Ben", "Carla", "David", "Emma", "Farid", "Grace", "Hugo", "Ines", "Jon"};
        String[] last = {"Smith", "Okafor", "Keller", "Nguyen", "Rossi", "Haddad", "Kim", "Brennan", "Vogel", "Silva"};
        int people = 5_000;
        long[] ids = store.inTransaction(tx -> {
            long[] out = new long[people];
            for (int i = 0; i < people; i++) {
                String name = first[i % 10] + " " + last[(i / 10) % 10] + " " + i;
                out[i] = tx.contacts().insert(Contact.named(name, "p" + i + "@example.com"), NOW);
            }
            return out;
        });
        Stage[] stages = Stage.values();
        for (int batch = 0; batch < stories; batch += 5_000) {
            int from = batch;
            store.useTransaction(tx -> {
                for (int i = from; i < Math.min(stories, from + 5_000); i++) {
                    long referrer = ids[random.nextInt(200)];
                    long client = ids[200 + random.nextInt(people - 200)];
                    Instant received = NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365 * 3)));
                    Referral draft = new Referral(0, referrer, client, Channel.PHONE, "Need number " + i, received,
                            null, stages[random.nextInt(stages.length)], null, null, null, null, null);
                    long id = tx.referrals().insert(draft);
                    for (FollowUpKind kind : new FollowUpKind[] {FollowUpKind.RESPOND_TO_CLIENT,
                            FollowUpKind.THANK_REFERRER, FollowUpKind.HANDWRITTEN_CARD}) {
                        long f = tx.followUps().insert(FollowUp.planned(kind, received.plus(Duration.ofDays(1)),
                                referrer, id, null));
                        if (random.nextInt(10) < 8) {
                            tx.followUps().markDone(f, received.plus(Duration.ofHours(3)));
                        }
                    }
                }
            });
        }
    }
}
