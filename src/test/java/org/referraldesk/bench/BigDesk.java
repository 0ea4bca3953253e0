package org.referraldesk.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.referraldesk.store.Store;

/**
 * A big desk filled with set-based SQL (INSERT ... SELECT over H2's SYSTEM_RANGE) into the real schema:
 * {@link Store#open} creates and migrates the file, then one plain connection fills it and shuts it down.
 * Contacts 1..partners are the partners (with an address, so their cards print); every story but the
 * newest {@code openStories} is history (its follow-ups done, most of them closed); each of the newest
 * has one open follow-up (a quarter of them handwritten cards) due between 20 days ago and 6 days
 * ahead, and each partner one open check-in, so about openStories + partners fall in Today's window.
 * Touches (20 a partner), gifts (5 a partner) and this year's VIP invites (sent) complete it.
 */
public final class BigDesk {
    private static final String[] FIRST = {"Anna", "Ben", "Carla", "David", "Emma", "Farid", "Grace", "Hugo", "Ines",
        "Jon", "Karin", "Luis", "Maya", "Nils", "Olga", "Pedro", "Quinn", "Rosa", "Sami", "Tara"};
    private static final String[] LAST = {"Smith", "Okafor", "Keller", "Nguyen", "Rossi", "Haddad", "Kim", "Brennan",
        "Vogel", "Silva", "Meyer", "Dubois", "Novak", "Larsen", "Costa", "Ahmed", "Berg", "Moreau", "Sato", "Walsh"};
    private static final String[] NEEDS = {"Kitchen refit", "New roof", "Bathroom tiles", "Garden wall",
        "Loft conversion", "Boiler service", "Window frames", "Garage door"};
    /** Stories per transaction: H2 slows down on one transaction of a million rows. */
    private static final int CHUNK = 10_000;
    private static final int SPAN_MINUTES = 3 * 365 * 24 * 60;

    /** How big: stories, contacts, partners, the newest stories with an open follow-up, done follow-ups per story. */
    public record Size(int stories, int contacts, int partners, int openStories, int doneFollowUpsPerStory) {
        /** The issue's desk: 100,000 stories, 5,000 contacts, 200 partners, ~4,200 due in Today's window. */
        public static Size issue() {
            return new Size(100_000, 5_000, 200, 4_000, 3);
        }

        public int followUps() {
            return stories * doneFollowUpsPerStory + openStories + partners * 2;
        }
    }

    private BigDesk() {
    }

    /** Creates the desk at {@code desk} (a new path, e.g. DIR/desk) filled to {@code size} as of {@code now}. */
    public static void fill(Path desk, Size size, Instant now) {
        Store.open(desk).close();
        run(desk, size, statements(size, now));
    }

    /** Adds {@code perStory} more done follow-ups to every story of a filled desk (a longer history). */
    public static void addDoneFollowUps(Path desk, Size size, int perStory) {
        run(desk, size, new String[] {doneFollowUps(perStory)});
    }

    private static void run(Path desk, Size size, String[] statements) {
        String url = "jdbc:h2:file:" + desk.toAbsolutePath() + ";MAX_COMPACT_TIME=0;TRACE_LEVEL_FILE=0;CACHE_SIZE=262144";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String template : statements) {
                long start = System.nanoTime();
                boolean chunked = template.contains("{from}");
                for (int from = 1; from <= (chunked ? size.stories() : 1); from += CHUNK) {
                    String sql = template.replace("{from}", Integer.toString(from))
                            .replace("{to}", Integer.toString(Math.min(size.stories(), from + CHUNK - 1)));
                    s.executeUpdate(sql);
                    c.commit();
                }
                String sql = template;
                if (Boolean.getBoolean("bench.verbose")) { // -Dbench.verbose=true: each statement's time
                    System.out.println((System.nanoTime() - start) / 1_000_000 + " ms " + sql.substring(0, Math.min(60, sql.length())));
                }
            }
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("The bench desk " + desk + " could not be filled", e);
        }
    }

    static String[] statements(Size z, Instant now) {
        String t = "TIMESTAMP WITH TIME ZONE '"
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx").format(now.atOffset(ZoneOffset.UTC)) + "'";
        int n = z.stories();
        int old = n - z.openStories();
        int p = z.partners();
        int year = now.atOffset(ZoneOffset.UTC).getYear();
        String received = "CASE WHEN X <= " + old + " THEN DATEADD(MINUTE, -(43200 + CAST((" + old + " - X) AS BIGINT) * "
                + SPAN_MINUTES + " / " + Math.max(1, old) + "), " + t + ") ELSE DATEADD(MINUTE, -MOD(X * 7919, 43200), "
                + t + ") END";
        String stage = "CASE WHEN X > " + old + " THEN " + pick("MOD(X, 3)", "RECEIVED", "CONTACTED", "MEETING_BOOKED")
                + " ELSE " + pick("MOD(X, 10)", "WON", "WON", "WON", "WON", "WON", "LOST", "LOST", "NOT_A_FIT", "MET",
                        "PROPOSAL_SENT") + " END";
        return new String[] {
            "INSERT INTO contact (id, name, company, email, phone, address, created_at) SELECT X, "
                + pick("MOD(X, 20)", FIRST) + " || ' ' || CHAR(65 + MOD(X / 20, 26)) || '. ' || "
                + pick("MOD(X / 7, 20)", LAST) + ", CASE WHEN MOD(X, 3) = 0 THEN 'Firm ' || MOD(X, 97) END, "
                + "'person' || X || '@example.com', '+44 20 7946 ' || LPAD(CAST(MOD(X, 10000) AS VARCHAR), 4, '0'), "
                + "CASE WHEN X <= " + p + " THEN X || ' High Street' || CHAR(10) || 'Townsend' || CHAR(10) || 'AB1 2CD' END, "
                + "DATEADD(DAY, -1200, " + t + ") FROM SYSTEM_RANGE(1, " + z.contacts() + ")",
            "ALTER TABLE contact ALTER COLUMN id RESTART WITH " + (z.contacts() + 1),
            "INSERT INTO partner (contact_id, check_in_cadence_days, gifts_allowed, public_thanks_allowed, hero_by_hand) "
                + "SELECT X, 90, TRUE, TRUE, FALSE FROM SYSTEM_RANGE(1, " + p + ")",
            "INSERT INTO referral (id, referrer_id, client_id, channel, need, received_at, estimated_value, stage, "
                + "revenue, profit, closed_at) SELECT X, 1 + MOD(X * 37 + X / 13, " + p + "), " + (p + 1) + " + MOD(X * 7919, "
                + (z.contacts() - p) + "), " + pick("MOD(X, 5)", "EMAIL_INTRODUCTION", "PHONE", "IN_PERSON", "WEB_FORM", "OTHER")
                + ", " + pick("MOD(X, 8)", NEEDS) + ", " + received + ", 1000 + MOD(X, 50) * 100, " + stage
                + ", NULL, NULL, NULL FROM SYSTEM_RANGE({from}, {to})",
            "UPDATE referral SET closed_at = DATEADD(DAY, 10, received_at), revenue = CASE WHEN stage = 'WON' THEN "
                + "estimated_value END, profit = CASE WHEN stage = 'WON' THEN estimated_value / 4 END "
                + "WHERE stage IN ('WON', 'LOST', 'NOT_A_FIT') AND id BETWEEN {from} AND {to}",
            "ALTER TABLE referral ALTER COLUMN id RESTART WITH " + (n + 1),
            "INSERT INTO story_event (referral_id, at, stage) SELECT id, received_at, 'RECEIVED' FROM referral "
                + "WHERE id BETWEEN {from} AND {to}",
            "INSERT INTO story_event (referral_id, at, stage) SELECT id, closed_at, stage FROM referral "
                + "WHERE closed_at IS NOT NULL AND id BETWEEN {from} AND {to}",
            doneFollowUps(z.doneFollowUpsPerStory()),
            "INSERT INTO follow_up (kind, due_at, partner_id, referral_id) SELECT "
                + pick("MOD(r.id, 4)", "HANDWRITTEN_CARD", "THANK_REFERRER", "UPDATE_REFERRER", "RESPOND_TO_CLIENT")
                + ", DATEADD(MINUTE, -28800 + MOD(r.id * 7919, 37440), " + t + "), r.referrer_id, r.id "
                + "FROM referral r WHERE r.id > " + old,
            "UPDATE referral r SET next_due_at = (SELECT MIN(f.due_at) FROM follow_up f WHERE f.referral_id = r.id AND "
                + "f.done_at IS NULL) WHERE r.id > " + old,
            "INSERT INTO follow_up (kind, due_at, partner_id) SELECT 'HERO_CHECK_IN', DATEADD(MINUTE, -4320 + "
                + "MOD(X * 7919, 12960), " + t + "), X FROM SYSTEM_RANGE(1, " + p + ")",
            "INSERT INTO touch (partner_id, kind, at, note) SELECT 1 + MOD(X, " + p + "), "
                + pick("MOD(X, 4)", "CALL", "EMAIL", "CARD", "MEETING") + ", DATEADD(HOUR, -X, " + t + "), 'Caught up' "
                + "FROM SYSTEM_RANGE(1, " + 20 * p + ")",
            "INSERT INTO gift (partner_id, given_on, description, amount) SELECT 1 + MOD(X, " + p + "), "
                + "CAST(DATEADD(DAY, -3 * X, " + t + ") AS DATE), 'Bottle of wine', 25.00 FROM SYSTEM_RANGE(1, " + 5 * p + ")",
            "INSERT INTO follow_up (kind, due_at, partner_id, done_at, note) SELECT 'ANNUAL_VIP_INVITE', "
                + "DATEADD(DAY, -30, " + t + "), X, DATEADD(DAY, -29, " + t + "), 'vip' FROM SYSTEM_RANGE(1, " + p + ")",
            "INSERT INTO vip_invite (partner_id, \"YEAR\", follow_up_id, status, changed_at) SELECT partner_id, " + year
                + ", id, 'SENT', done_at FROM follow_up WHERE kind = 'ANNUAL_VIP_INVITE'",
        };
    }

    /** {@code perStory} done follow-ups for each story (chunked by story id). */
    private static String doneFollowUps(int perStory) {
        return "INSERT INTO follow_up (kind, due_at, partner_id, referral_id, done_at) SELECT "
                + pick("MOD(k.X, 4)", "HANDWRITTEN_CARD", "RESPOND_TO_CLIENT", "THANK_REFERRER", "UPDATE_REFERRER")
                + ", DATEADD(HOUR, 20 * k.X, r.received_at), r.referrer_id, r.id, DATEADD(HOUR, 20 * k.X + 2, r.received_at) "
                + "FROM referral r CROSS JOIN SYSTEM_RANGE(1, " + perStory + ") k WHERE r.id BETWEEN {from} AND {to}";
    }

    /** The name the fill gives contact {@code id} (as its SQL does). */
    public static String name(long id) {
        return FIRST[(int) (id % 20)] + " " + (char) (65 + (id / 20) % 26) + ". " + LAST[(int) ((id / 7) % 20)];
    }

    /** A SQL expression choosing {@code values[index]} (index a SQL expression from 0). */
    private static String pick(String index, String... values) {
        StringBuilder sql = new StringBuilder("CASE ").append(index);
        for (int i = 0; i < values.length; i++) {
            sql.append(" WHEN ").append(i).append(" THEN '").append(values[i]).append('\'');
        }
        return sql.append(" END").toString();
    }
}
