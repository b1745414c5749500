package org.liaisondesk.resilience;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.LocalDate;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.register.visits.model.Handling;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitForm;
import org.liaisondesk.storage.DataFolder;

/**
 * Run in a child JVM by {@link CrashHarness}: opens the data folder as the application does and saves visits one by
 * one through {@code VisitService}, printing {@code ack <uuid>} after each commit, until it is killed (or after two
 * minutes, so a forgotten child never lingers). Arguments: data folder, station id, prosecutor id.
 */
public final class VisitSaverMain {
    static final String ACK = "ack ";

    private VisitSaverMain() {
    }

    public static void main(String[] args) {
        Thread guard = new Thread(() -> {
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException ignored) {
                // exiting anyway
            }
            System.exit(3);
        });
        guard.setDaemon(true);
        guard.start();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        long station = Long.parseLong(args[1]);
        long prosecutor = Long.parseLong(args[2]);
        try (AppContext context = AppContext.open(DataFolder.at(Paths.get(args[0])), Clock.systemDefaultZone())) {
            LocalDate date = context.visits().today().minusDays(1);
            for (long n = 1; ; n++) {
                Visit saved = context.visits().save(Visit.builder().date(date).stationId(station).prosecutorId(prosecutor)
                        .form(VisitForm.IN_PERSON).category(VisitCategory.CONSULTATION).handling(Handling.PENDING)
                        .summary("崩溃测试：第" + n + "次保存的来访登记，群众咨询邻里纠纷").build());
                out.println(ACK + saved.uuid());
                out.flush();
            }
        }
    }
}
