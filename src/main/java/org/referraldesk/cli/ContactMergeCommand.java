package org.referraldesk.cli;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.MergeMoves;
import org.referraldesk.domain.MergePreview;
import org.referraldesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code contact merge KEEP_ID OTHER_ID [--from-other FIELD,...]}: two records of one person made one. */
@Command(name = "merge", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Merge contact OTHER_ID into contact KEEP_ID: every story, follow-up, touch, gift, "
                + "referral given and VIP invite of OTHER_ID moves to KEEP_ID, in one step.",
            "KEEP_ID keeps its details, each empty one filled from OTHER_ID; --from-other takes the ones named "
                + "from OTHER_ID instead. OTHER_ID goes to the Trash: restoring it there undoes the merge."})
final class ContactMergeCommand implements Callable<Integer> {
    @ParentCommand
    ContactCommand parent;

    @Parameters(index = "0", paramLabel = "KEEP_ID", description = "The contact to keep.")
    long keep;

    @Parameters(index = "1", paramLabel = "OTHER_ID", description = "The contact merged into it.")
    long other;

    @Option(names = "--from-other", split = ",", paramLabel = "FIELD", converter = Details.class,
            description = "Details to take from OTHER_ID: name, company, email, phone, address, notes.")
    List<Detail> fromOther = List.of();

    /** A contact's details, as --from-other names them. */
    enum Detail { NAME, COMPANY, EMAIL, PHONE, ADDRESS, NOTES }

    @Override
    public Integer call() {
        try (Services services = parent.desk.openToWrite(null)) {
            MergePreview preview = services.merges().preview(keep, other);
            Contact chosen = chosen(preview);
            MergeMoves moved = services.merges().moves(services.merges().merge(keep, other, chosen).id());
            Contact merged = preview.other().contact();
            parent.desk.out.println(Said.text("cli.merge.done", other, merged.name(), keep,
                    preview.keep().contact().name(), moved.stories(), moved.followUps(), moved.touches(), moved.gifts(),
                    moved.referralsGiven(), moved.vipInvites()));
            parent.desk.out.println(Said.text("cli.merge.kept", Stream.of(chosen.name(), chosen.company(), chosen.email(), chosen.phone())
                    .filter(detail -> detail != null).collect(Collectors.joining(", "))));
            parent.desk.out.println(Said.text("cli.merge.undo", merged.name(), chosen.name()));
        }
        return ExitCodes.OK;
    }

    private Contact chosen(MergePreview preview) {
        Contact kept = preview.proposed();
        Contact o = preview.other().contact();
        Set<Detail> take = fromOther.isEmpty() ? EnumSet.noneOf(Detail.class) : EnumSet.copyOf(fromOther);
        return new Contact(keep, take.contains(Detail.NAME) ? o.name() : kept.name(),
                take.contains(Detail.COMPANY) ? o.company() : kept.company(),
                take.contains(Detail.EMAIL) ? o.email() : kept.email(),
                take.contains(Detail.PHONE) ? o.phone() : kept.phone(),
                take.contains(Detail.ADDRESS) ? o.address() : kept.address(),
                take.contains(Detail.NOTES) ? o.notes() : kept.notes());
    }

    /** name, company, email, phone, address, notes. */
    static final class Details implements picocli.CommandLine.ITypeConverter<Detail> {
        @Override
        public Detail convert(String value) {
            try {
                return Detail.valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(Said.text("cli.merge.unknownDetail", value));
            }
        }
    }
}
