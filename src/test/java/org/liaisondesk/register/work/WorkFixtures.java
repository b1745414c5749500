package org.liaisondesk.register.work;

import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaisondesk.register.reference.model.ReferenceItem;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.work.data.WorkRepository;
import org.liaisondesk.register.work.model.ServiceSession;
import org.liaisondesk.register.work.model.WorkActivity;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.service.WorkService;
import org.liaisondesk.testsupport.TestRegister;

/** The work service on a test register, and valid activities of every kind to start tests from. */
public final class WorkFixtures {
    private WorkFixtures() {
    }

    public static WorkService service(TestRegister reg) {
        return new WorkService(reg.db, new WorkRepository(reg.audit), reg.stations, reg.prosecutors,
                new LiaisonRepository(reg.audit), TestRegister.CLOCK);
    }

    /** A case row as the cases feature stores it (only the columns the picker reads matter here). */
    public static long matter(TestRegister reg, String officeNumber, String name, LocalDate acceptedOn) {
        return reg.db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO matter(uuid, business_line, field, name, "
                    + "office_number, parties, accepted_on, status, created_at, updated_at) "
                    + "VALUES (?, 'CRIMINAL', '其他', ?, ?, '张三', ?, 'OPEN', '2026-01-01T00:00:00+08:00', "
                    + "'2026-01-01T00:00:00+08:00') RETURNING id")) {
                ps.setString(1, UUID.randomUUID().toString());
                ps.setString(2, name);
                ps.setString(3, officeNumber);
                ps.setString(4, acceptedOn.toString());
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    public static void deleteMatter(TestRegister reg, long id) {
        reg.db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE matter SET deleted_at = '2026-11-01T00:00:00+08:00' WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        });
    }

    /** A roster member with the named role (from the seeded role list). */
    public static Liaison liaison(TestRegister reg, String name, String role) {
        List<ReferenceItem> roles = reg.reference.list(ReferenceList.LIAISON_ROLE);
        long roleId = roles.stream().filter(r -> r.name().equals(role)).findFirst().orElseThrow().id();
        return reg.liaisons.save(Liaison.draft(name, roleId));
    }

    public static WorkActivity.Builder base(WorkKind kind, Station s, Prosecutor p, LocalDate day, String title) {
        return WorkActivity.builder().kind(kind).heldOn(day).stationId(s == null ? null : s.id())
                .prosecutorId(p == null ? null : p.id()).title(title);
    }

    /** A valid activity of each kind, with the fields its kind needs. */
    public static WorkActivity.Builder valid(WorkKind kind, Station s, Prosecutor p, LocalDate day, String title) {
        WorkActivity.Builder b = base(kind, s, p, day, title);
        return switch (kind) {
            case MEDIATION -> b.parties("罗永康、罗永平").mediator("村调解员刘国栋").channel("人民调解")
                    .outcome("签订调解协议").resolved(true);
            case JUDICIAL_AID -> b.applicantName("蒋翠萍").amountApprovedFen(800_000L).amountPaidFen(500_000L)
                    .outcome("分期发放");
            case HEARING -> b.hearingType("拟不起诉案件听证").outcome("同意不起诉");
            case PUBLICITY -> b.topic("防范校园欺凌").audienceCount(320).place("双河小学");
            case COMMUNITY_SERVICE -> b.parties("黄志伟").hoursAgreed(40)
                    .serviceLog(List.of(ServiceSession.of(day, 6, "道路协勤"), ServiceSession.of(day.plusDays(1), 4, "垃圾分类")));
            case NON_PROSECUTION_ANNOUNCEMENT -> b.parties("邱家乐").outcome("当众宣读不起诉决定书");
            case CIRCUIT_TRIAL -> b.parties("雷正发").outcome("当庭宣判");
        };
    }
}
