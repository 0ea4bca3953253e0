package org.referraldesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.referraldesk.service.BackupFile;
import org.referraldesk.service.BackupFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code backup list [--json]}: the desk's backups folder, newest first, read without opening the desk. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"The backups in the backups folder beside the database, newest first:",
            "one line each with the time it was taken, its stories and contacts, and its file.",
            "'restore FILE' puts one back. The desk itself is not opened."})
final class BackupListCommand implements Callable<Integer> {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @ParentCommand
    BackupCommand backup;

    @Option(names = "--json", description = "A JSON array of objects with takenAt, reason, stories, contacts and file.")
    boolean json;

    @Override
    public Integer call() {
        DeskCommand desk = backup.desk;
        BackupFolder folder = BackupFolder.beside(desk.database());
        List<BackupFile> backups = folder.list();
        if (json) {
            try {
                desk.out.println(JSON.writeValueAsString(backups.stream().map(BackupListCommand::fields).toList()));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        } else if (backups.isEmpty()) {
            desk.out.println(Said.text("cli.backups.none", folder.path().toString()));
        } else {
            DateTimeFormatter time = MINUTE.withZone(desk.clock().getZone());
            for (BackupFile each : backups) {
                desk.out.println(Said.text("cli.backups.line", time.format(each.takenAt()), each.stories(),
                        each.contacts(), each.file().toString()));
            }
        }
        return ExitCodes.OK;
    }

    private static Map<String, Object> fields(BackupFile backup) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("takenAt", backup.takenAt().toString());
        fields.put("reason", backup.reason().map(r -> r.word()).orElse(null));
        fields.put("stories", backup.stories());
        fields.put("contacts", backup.contacts());
        fields.put("file", backup.file().toString());
        return fields;
    }
}
