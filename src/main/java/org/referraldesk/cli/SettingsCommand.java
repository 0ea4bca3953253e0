package org.referraldesk.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.referraldesk.domain.InvalidInput;
import org.referraldesk.domain.OwnerNames;
import org.referraldesk.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code settings get KEY | set KEY VALUE | list}: the names messages are signed with, what the
 * business does and its currency, the same values Settings shows in the window.
 */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Read or change the desk's settings. Keys: owner-name, business-name, what-we-do, currency,"
            + " owner-email (your own addresses, A,B: never taken for a client).",
            "A blank VALUE (\"\") clears a name or the what-we-do line; until the names are set, messages are not signed."})
final class SettingsCommand {
    /** Every key the command line knows, in the order 'list' prints them. */
    private static final Map<String, Setting> SETTINGS = new LinkedHashMap<>();

    static {
        SETTINGS.put("owner-name", new Setting(s -> s.settings().names().owner(),
                (s, v) -> s.settings().saveNames(new OwnerNames(s.settings().names().business(), v))));
        SETTINGS.put("business-name", new Setting(s -> s.settings().names().business(),
                (s, v) -> s.settings().saveNames(new OwnerNames(v, s.settings().names().owner()))));
        SETTINGS.put("what-we-do", new Setting(s -> s.business().whatWeDo(), (s, v) -> s.business().saveWhatWeDo(v)));
        SETTINGS.put("currency", new Setting(s -> s.business().currency().getCurrencyCode(),
                (s, v) -> s.business().saveCurrency(v)));
        SETTINGS.put("owner-email", new Setting(s -> String.join(",", s.settings().ownerEmails()),
                (s, v) -> s.settings().saveOwnerEmails(v)));
    }

    @ParentCommand
    DeskCommand desk;

    private record Setting(Function<Services, String> read, BiConsumer<Services, String> write) {
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Print one setting's value (an empty line when unset).")
    int get(@Parameters(paramLabel = "KEY") String key) {
        Setting setting = named(key);
        try (Services services = desk.open(null)) {
            desk.out.println(setting.read().apply(services));
        }
        return ExitCodes.OK;
    }

    @Command(name = "set", mixinStandardHelpOptions = true, description = "Change one setting and print its new value.")
    int set(@Parameters(index = "0", paramLabel = "KEY") String key,
            @Parameters(index = "1", paramLabel = "VALUE") String value) {
        Setting setting = named(key);
        String now;
        try (Services services = desk.open(null)) {
            setting.write().accept(services, value);
            now = setting.read().apply(services);
        }
        desk.out.println(key + "=" + now);
        return ExitCodes.OK;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Print every setting as KEY=VALUE, one a line.")
    int list() {
        try (Services services = desk.open(null)) {
            SETTINGS.forEach((key, setting) -> desk.out.println(key + "=" + setting.read().apply(services)));
        }
        return ExitCodes.OK;
    }

    private static Setting named(String key) {
        Setting setting = SETTINGS.get(key);
        if (setting == null) {
            throw new InvalidInput("key", "setting.unknown", key, String.join(", ", SETTINGS.keySet()));
        }
        return setting;
    }
}
