package org.referraldesk.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.referraldesk.service.LanguageChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code language [system|en|de|fr|es]}: shows or chooses the language Referral Desk speaks on this computer. */
@Command(name = "language", mixinStandardHelpOptions = true,
        description = {"Show the language Referral Desk speaks on this computer, or choose one: system, en, de, fr or es.",
            "It is kept for this computer's user (not in the desk), as Settings > Language does, and applies "
                + "from the next start. The desk itself is not opened."})
final class LanguageCommand implements Callable<Integer> {
    @ParentCommand
    DeskCommand desk;

    @Parameters(index = "0", arity = "0..1", paramLabel = "LANGUAGE", description = "system, en, de, fr or es.")
    String typed;

    @Override
    public Integer call() {
        LanguageChoice choice = desk.language();
        if (typed == null) {
            desk.out.println("language=" + choice.chosen().map(Locale::getLanguage).orElse("system"));
            return ExitCodes.OK;
        }
        Optional<Locale> language = LanguageChoice.typed(typed);
        choice.choose(language);
        desk.out.println(Said.text("cli.language.set", language.map(LanguageChoice::ownName).orElse("system")));
        return ExitCodes.OK;
    }
}
