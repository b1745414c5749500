package org.liaisondesk.demo.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.testsupport.TestRegister;

/** The whole demo register, loaded through the application's own wiring. */
class DemoRegisterTest {
    @TempDir
    Path dir;

    @Test
    void everyKindIsLoadedAndTheStoriesAreLinked() {
        try (AppContext context = AppContext.open(DataFolder.at(dir), TestRegister.CLOCK)) {
            DemoRegister.Summary s = context.loadDemo(null);

            assertEquals(s.visits(), context.visits().countLive());
            assertEquals(s.leads(), context.leads().countLive());
            assertEquals(s.cases(), context.matters().countLive());
            assertEquals(s.activities(), context.work().countLive());
            assertEquals(s.recommendations(), context.ladder().countLive());
            assertEquals(s.numbers(), context.ladder().numbers(null).size());
            assertTrue(s.liaisons() >= 30 && s.recipients() >= 10 && s.leads() >= 30 && s.cases() >= 20
                    && s.activities() >= 30, s.toString());
            long leadLinks = count(context, "SELECT count(*) FROM matter_link WHERE record_kind = 'LEAD'");
            long visitLinks = count(context, "SELECT count(*) FROM matter_link WHERE record_kind = 'VISIT'");
            assertTrue(leadLinks >= 3 && visitLinks >= 3, leadLinks + " lead links, " + visitLinks + " visit links");
            assertEquals(0, count(context, "SELECT count(*) FROM lead WHERE reporter_liaison_id IS NOT NULL "
                    + "AND reporter_liaison_id NOT IN (SELECT id FROM liaison)"));
            assertTrue(count(context, "SELECT count(*) FROM lead WHERE reporter_liaison_id IS NOT NULL") > 5);
            assertTrue(count(context, "SELECT count(*) FROM work_panel_member") > 0);
            assertEquals(java.util.List.of("ok"), context.database().integrityCheck());

            UserFacingException again = assertThrows(UserFacingException.class, () -> context.demoRegister().load(null));
            assertEquals("demo.registerNotEmpty", again.messageKey());
            assertEquals(s.leads(), context.leads().countLive());
        }
    }

    private static long count(AppContext context, String sql) {
        return context.database().read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
