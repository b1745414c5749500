package org.liaisondesk.desk;

import java.nio.file.Path;
import java.time.LocalDate;
import org.liaisondesk.desk.service.DeskService;
import org.liaisondesk.ladder.LadderFixture;
import org.liaisondesk.ladder.model.EventKind;
import org.liaisondesk.ladder.model.LadderEvent;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.register.leads.LeadFixtures;
import org.liaisondesk.register.leads.model.Lead;
import org.liaisondesk.register.leads.model.Triage;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.model.SupervisionField;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.testsupport.TestRegister;

/**
 * A real register (the ladder's fixture) with the desk's service, and one record for each thing the desk shows,
 * dated against the test clock (Monday 2026-11-23).
 */
public final class DeskFixture implements AutoCloseable {
    public final LadderFixture ladder;
    public final TestRegister reg;
    public final LeadService leads;
    public final DeskService desk;
    public final long town;
    public final long matter;
    private final Station station;
    private final Prosecutor prosecutor;

    public DeskFixture(Path folder) {
        ladder = new LadderFixture(folder);
        reg = ladder.reg;
        leads = LeadFixtures.service(reg);
        desk = new DeskService(ladder.ladder, leads, reg.visits, () -> ladder.settings, TestRegister.CLOCK);
        long district = ladder.recipient("区人民政府", null);
        town = ladder.recipient("清溪镇人民政府", district);
        matter = ladder.matter("清溪镇木材加工厂占用耕地案", LocalDate.of(2025, 12, 1));
        station = reg.station("清溪村“微检治”联络站");
        prosecutor = reg.prosecutor("周振宇", station);
    }

    /** Served 2026-08-05: the reply was due 2026-10-08 (after the National Day holiday), 46 days ago. */
    public long overdueReply(String title) {
        return ladder.served(ladder.completeDraft(town, matter).title(title).build(), LocalDate.of(2026, 8, 3),
                LocalDate.of(2026, 8, 4), LocalDate.of(2026, 8, 5)).id();
    }

    /** Served 2026-09-25: the reply is due 2026-11-25, in 2 days. */
    public long replyDueSoon(String title) {
        return ladder.served(ladder.completeDraft(town, matter).title(title).build(), LocalDate.of(2026, 9, 22),
                LocalDate.of(2026, 9, 24), LocalDate.of(2026, 9, 25)).id();
    }

    /** Served 2026-11-16, objection raised 2026-11-20 (3 days ago), not reviewed. */
    public long objectionWaiting(String title) {
        long id = ladder.served(ladder.completeDraft(town, matter).title(title).build(), LocalDate.of(2026, 11, 12),
                LocalDate.of(2026, 11, 13), LocalDate.of(2026, 11, 16)).id();
        ladder.ladder.record(id, LadderEvent.of(EventKind.OBJECTION_RAISED, LocalDate.of(2026, 11, 20))
                .text("镇政府认为耕地保护属区自然资源局职责").build());
        return id;
    }

    /** Replied (adopted) 2026-10-26: the return visit is due 30 days later, 2026-11-25. */
    public long returnVisitDue(String title) {
        long id = ladder.served(ladder.completeDraft(town, matter).title(title).build(), LocalDate.of(2026, 8, 27),
                LocalDate.of(2026, 8, 28), LocalDate.of(2026, 9, 1)).id();
        ladder.ladder.record(id, LadderEvent.of(EventKind.REPLIED, LocalDate.of(2026, 10, 26))
                .replyOutcome(ReplyOutcome.ADOPTED).text("已责令木材加工厂限期搬离").build());
        return id;
    }

    /** A petition of 2026-11-10 without its written notice: the notice is due 2026-11-25. */
    public long petitionNoticeDue(String visitor) {
        return reg.visits.save(TestRegister.visit(station, prosecutor, LocalDate.of(2026, 11, 10),
                visitor + "来访反映征地补偿款被截留").category(VisitCategory.PETITION).visitorName(visitor)
                .visitorPhone("13812341234").build()).id();
    }

    /** A petition of 2026-09-01, notice sent, no result: its 60-day limit has passed. */
    public long petitionResultOverdue(String visitor) {
        return reg.visits.save(TestRegister.visit(station, prosecutor, LocalDate.of(2026, 9, 1),
                "反映村务不公开").category(VisitCategory.PETITION).visitorName(visitor)
                .noticeSentOn(LocalDate.of(2026, 9, 8)).build()).id();
    }

    /** Any visit, as the visit log stores it. */
    public long visit(Visit.Builder visit) {
        return reg.visits.save(visit.build()).id();
    }

    public Visit.Builder visitAt(LocalDate date, String summary) {
        return TestRegister.visit(station, prosecutor, date, summary);
    }

    /** A lead studied on {@code triaged} whose reporter has not been told. */
    public long leadNotTold(LocalDate received, LocalDate triaged, String reporter, String description) {
        return leads.save(lead(received, triaged, reporter, description).build()).id();
    }

    public Lead.Builder lead(LocalDate received, LocalDate triaged, String reporter, String description) {
        return LeadFixtures.lead(received, description).reporterName(reporter).field(SupervisionField.ECOLOGY)
                .triage(Triage.PRELIMINARY_INQUIRY).triagedOn(triaged);
    }

    @Override
    public void close() {
        ladder.close();
    }
}
