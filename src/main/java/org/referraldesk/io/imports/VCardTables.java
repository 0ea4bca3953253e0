package org.referraldesk.io.imports;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.Organization;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.referraldesk.domain.InvalidInput;

/**
 * Reads vCard 2.1 (quoted-printable too), 3.0 and 4.0 text with ez-vcard: each card becomes a row
 * under {@link #HEADERS}. Photos, logos and other properties are left out.
 */
public final class VCardTables {
    public static final String NAME = "Name";
    public static final String ORGANIZATION = "Organization";
    public static final String EMAIL = "Email";
    public static final String PHONE = "Phone";
    public static final String ADDRESS = "Address";
    public static final String NOTE = "Note";
    public static final List<String> HEADERS = List.of(NAME, ORGANIZATION, EMAIL, PHONE, ADDRESS, NOTE);

    private VCardTables() {
    }

    /** Whether {@code text} looks like vCards (its first non-blank line is BEGIN:VCARD). */
    public static boolean looksLikeVCard(String text) {
        return text.stripLeading().regionMatches(true, 0, "BEGIN:VCARD", 0, 11);
    }

    public static Table read(String text, String name) {
        List<VCard> cards = Ezvcard.parse(text).all();
        if (cards.isEmpty()) {
            throw new InvalidInput("file", "import.noVCards", name);
        }
        List<Integer> starts = cardLines(text);
        List<Table.Row> rows = new ArrayList<>();
        TreeSet<String> versions = new TreeSet<>();
        for (int i = 0; i < cards.size(); i++) {
            VCard card = cards.get(i);
            versions.add(card.getVersion().getVersion());
            rows.add(new Table.Row(i < starts.size() ? starts.get(i) : 0, List.of(name(card), organization(card),
                    first(card.getEmails().stream().map(Email::getValue)),
                    first(card.getTelephoneNumbers().stream().map(VCardTables::number)),
                    first(card.getAddresses().stream().map(VCardTables::address)),
                    card.getNotes().stream().map(Note::getValue).filter(Objects::nonNull).collect(Collectors.joining("\n")))));
        }
        return new Table("vCard " + String.join(", ", versions), HEADERS, rows);
    }

    private static String name(VCard card) {
        String formatted = card.getFormattedName() == null ? null : card.getFormattedName().getValue();
        if (formatted != null && !formatted.isBlank()) {
            return formatted;
        }
        StructuredName n = card.getStructuredName();
        if (n == null) {
            return "";
        }
        return Stream.concat(Stream.of(n.getGiven()), Stream.concat(n.getAdditionalNames().stream(), Stream.of(n.getFamily())))
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
    }

    private static String organization(VCard card) {
        Organization org = card.getOrganization();
        return org == null ? "" : org.getValues().stream().filter(v -> !v.isBlank()).collect(Collectors.joining(", "));
    }

    private static String number(Telephone tel) {
        if (tel.getText() != null) {
            return tel.getText();
        }
        return tel.getUri() == null ? null : tel.getUri().getNumber();
    }

    private static String address(Address a) {
        String parts = Stream.of(a.getStreetAddressFull(), a.getLocality(), a.getRegion(), a.getPostalCode(), a.getCountry())
                .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
        return parts.isEmpty() && a.getLabel() != null ? a.getLabel() : parts;
    }

    private static String first(Stream<String> values) {
        return values.filter(v -> v != null && !v.isBlank()).findFirst().orElse("");
    }

    /** The line of each BEGIN:VCARD, in order. */
    private static List<Integer> cardLines(String text) {
        List<Integer> lines = new ArrayList<>();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (all[i].strip().equalsIgnoreCase("BEGIN:VCARD")) {
                lines.add(i + 1);
            }
        }
        return lines;
    }
}
