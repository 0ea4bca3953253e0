package org.referraldesk.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.referraldesk.domain.Contact;
import org.referraldesk.domain.Labels;
import org.referraldesk.domain.LikelyDuplicate;
import org.referraldesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code contact duplicates}: the records the import's duplicate rule says are one person. */
@Command(name = "duplicates", mixinStandardHelpOptions = true,
        description = "List pairs of contacts with the same email, or the same name and phone number: "
                + "likely one person, to merge with contact merge KEEP_ID OTHER_ID.")
final class ContactDuplicatesCommand implements Callable<Integer> {
    @ParentCommand
    ContactCommand parent;

    @Override
    public Integer call() {
        try (Services services = parent.desk.open(null)) {
            List<LikelyDuplicate> pairs = services.merges().likelyDuplicates();
            if (pairs.isEmpty()) {
                parent.desk.out.println(Said.text("cli.duplicates.none"));
            }
            for (LikelyDuplicate pair : pairs) {
                parent.desk.out.println(Said.text("cli.duplicates.pair", line(pair.first()), line(pair.second()),
                        Labels.forOwner().of(pair.reason()).toLowerCase(java.util.Locale.getDefault())));
            }
        }
        return ExitCodes.OK;
    }

    private static String line(Contact contact) {
        return contact.id() + " " + contact.name() + (contact.email() == null ? "" : " <" + contact.email() + ">");
    }
}
