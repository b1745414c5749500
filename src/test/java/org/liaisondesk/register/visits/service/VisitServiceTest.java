package org.liaisondesk.register.visits.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.testsupport.TestRegister.TODAY;
import static org.liaisondesk.testsupport.TestRegister.visit;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.visits.model.Handling;
import org.liaisondesk.register.visits.model.StatusFilter;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitCategory;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.register.visits.model.VisitRow;
import org.liaisondesk.register.visits.model.VisitSort;
import org.liaisondesk.testsupport.TestRegister;

/** The visit log's use cases against a real SQLite file. */
class VisitServiceTest {
    @TempDir
    Path dir;
    TestRegister reg;
    Station station;
    Prosecutor prosecutor;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        station = reg.station("崇阳街道微检治联络站");
        prosecutor = reg.prosecutor("李检察官", station);
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private long auditRows() {
        return reg.db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM audit_log")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void savedVisitIsFoundWithNormalisedIdentityAndAnAuditRow() {
        long auditBefore = auditRows();
        Visit saved = reg.visits.save(visit(station, prosecutor, TODAY.minusDays(1), "反映工地拖欠农民工工资")
                .visitorName("王秀英").visitorPhone("138 1234 1234").visitorIdNumber("11010519491231002x").build());

        assertNotNull(saved.id());
        assertNotNull(saved.uuid());
        Visit found = reg.visits.find(saved.id()).orElseThrow();
        assertEquals("11010519491231002X", found.visitorIdNumber());
        assertEquals("13812341234", found.visitorPhone());
        assertEquals("反映工地拖欠农民工工资", found.summary());
        assertEquals(auditBefore + 1, auditRows());
    }

    @ParameterizedTest(name = "{0} = {1} is refused")
    @CsvSource({
            "visitorIdNumber, 130402198207290622",
            "visitorIdNumber, 11010519491231002",
            "visitorPhone,    1381234",
            "summary,         ''",
    })
    void invalidInputIsRefusedAndNothingIsWritten(String field, String value) {
        Visit.Builder b = visit(station, prosecutor, TODAY, "咨询离婚财产分割");
        switch (field) {
            case "visitorIdNumber" -> b.visitorIdNumber(value);
            case "visitorPhone" -> b.visitorPhone(value);
            case "summary" -> b.summary(value);
            default -> throw new IllegalArgumentException(field);
        }
        long auditBefore = auditRows();

        ValidationException e = assertThrows(ValidationException.class, () -> reg.visits.save(b.build()));

        assertEquals(List.of(field), e.problems().stream().map(FieldProblem::field).toList());
        assertEquals(0, reg.visits.countLive());
        assertEquals(auditBefore, auditRows());
    }

    @Test
    void aVisitWithoutAnyIdentityIsAccepted() {
        Visit saved = reg.visits.save(visit(station, prosecutor, TODAY, "匿名来电反映河道垃圾").build());
        assertEquals("", reg.visits.find(saved.id()).orElseThrow().visitorName());
    }

    @Test
    void anIdNumberOfAMinorMarksTheVisit() {
        // born 2012-05-01: 14 years old on the visit date
        Visit saved = reg.visits.save(visit(station, prosecutor, TODAY, "反映小卖部向其出售香烟")
                .visitorIdNumber(withCheck("51018420120501123")).build());
        assertTrue(reg.visits.find(saved.id()).orElseThrow().involvesMinor());
    }

    @Test
    void petitionDeadlinesAreComputedWithTheHolidayCalendar() {
        // received Mon 2026-08-03: notice +15 days = Tue 08-18; result +60 days = 10-02, inside the
        // National Day holiday (10-01..10-07), so it moves to Thu 10-08; +90 when extended = Sun 11-01 -> Mon 11-02
        Visit petition = reg.visits.save(visit(station, prosecutor, LocalDate.of(2026, 8, 3), "信访：反映征地补偿款未发放")
                .category(VisitCategory.PETITION).build());
        var d = reg.visits.deadlinesOf(petition);
        assertEquals(LocalDate.of(2026, 8, 18), d.noticeDue());
        assertEquals(LocalDate.of(2026, 10, 8), d.resultDue());
        assertEquals(d.noticeDue(), d.nextDue());

        var sent = reg.visits.deadlinesOf(petition.toBuilder().noticeSentOn(LocalDate.of(2026, 8, 10)).build());
        assertEquals(LocalDate.of(2026, 10, 8), sent.nextDue());
        var extended = reg.visits.deadlinesOf(petition.toBuilder().resultExtended(true).build());
        assertEquals(LocalDate.of(2026, 11, 2), extended.resultDue());
    }

    @Test
    void petitionClocksDriveTheDueAndOverdueFilters() {
        // received 2026-11-02: notice due 11-17 has passed (today is 11-23); the result is due in January
        Visit petition = reg.visits.save(visit(station, prosecutor, LocalDate.of(2026, 11, 2), "信访：反映小区物业问题")
                .category(VisitCategory.PETITION).build());
        assertEquals(1, reg.visits.count(VisitQuery.firstPage(50).withStatus(StatusFilter.OVERDUE)));
        assertEquals(1, reg.visits.count(VisitQuery.firstPage(50).withStatus(StatusFilter.DUE)));

        reg.visits.save(petition.toBuilder().noticeSentOn(LocalDate.of(2026, 11, 10)).build());
        assertEquals(0, reg.visits.count(VisitQuery.firstPage(50).withStatus(StatusFilter.OVERDUE)));
        assertEquals(0, reg.visits.count(VisitQuery.firstPage(50).withStatus(StatusFilter.DUE)));
        assertEquals(1, reg.visits.count(VisitQuery.firstPage(50).withStatus(StatusFilter.OPEN)));
    }

    @Test
    void deleteMovesToTheRecycleBinAndRestoreBringsItBack() {
        Visit v = reg.visits.save(visit(station, prosecutor, TODAY, "邻里纠纷调解").build());
        reg.visits.delete(List.of(v.id()));

        assertEquals(0, reg.visits.countLive());
        VisitQuery bin = VisitQuery.firstPage(50).withRecycleBin(true);
        List<VisitRow> inBin = reg.visits.page(bin).items();
        assertEquals(List.of(v.id()), inBin.stream().map(VisitRow::id).toList());
        assertNotNull(inBin.get(0).deletedAt());

        reg.visits.restore(List.of(v.id()));
        assertEquals(1, reg.visits.countLive());
        assertEquals(0, reg.visits.count(bin));
    }

    @Test
    void searchFindsShortAndLongChineseTermsAndCombinesWords() {
        reg.visits.save(visit(station, prosecutor, TODAY.minusDays(3), "反映建筑工地欠薪问题").visitorName("张三").build());
        reg.visits.save(visit(station, prosecutor, TODAY.minusDays(2), "村河道垃圾倾倒").build());
        reg.visits.save(visit(station, prosecutor, TODAY.minusDays(1), "咨询欠款纠纷起诉").build());

        assertEquals(1, count("欠薪"), "two characters: LIKE path");
        assertEquals(2, count("欠"), "one character");
        assertEquals(1, count("河道垃圾"), "four characters: FTS path");
        assertEquals(1, count("张三"), "visitor name");
        assertEquals(1, count("欠 起诉"), "two words, both must match");
        assertEquals(0, count("不存在的内容"));
        assertEquals(0, count("100%"), "LIKE wildcards are taken literally");
    }

    private long count(String text) {
        return reg.visits.count(VisitQuery.firstPage(50).withText(text));
    }

    @Test
    void pagesAreSortedByTheDatabaseAndKnowWhetherMoreFollow() {
        for (int i = 1; i <= 5; i++) {
            reg.visits.save(visit(station, prosecutor, TODAY.minusDays(i), "第" + i + "次来访").build());
        }
        VisitQuery q = new VisitQuery("", null, null, null, null, null, null, StatusFilter.ALL, false,
                VisitSort.DATE, true, null, 2);
        var first = reg.visits.page(q);
        assertEquals(List.of(TODAY.minusDays(1), TODAY.minusDays(2)), first.items().stream().map(VisitRow::date).toList());
        assertTrue(first.hasMore());
        var second = reg.visits.page(q.after(first.next()));
        assertEquals(List.of(TODAY.minusDays(3), TODAY.minusDays(4)), second.items().stream().map(VisitRow::date).toList());
        var last = reg.visits.page(q.after(second.next()));
        assertEquals(1, last.items().size());
        assertFalse(last.hasMore());

        var ascending = reg.visits.page(q.withSort(VisitSort.DATE, false));
        assertEquals(TODAY.minusDays(5), ascending.items().get(0).date());
    }

    @Test
    void filtersByStationDateRangeAndHandling() {
        Station other = reg.station("工业园区检察联络站");
        reg.visits.save(visit(station, prosecutor, LocalDate.of(2026, 10, 1), "甲").build());
        reg.visits.save(visit(other, prosecutor, LocalDate.of(2026, 10, 15), "乙").build());
        reg.visits.save(visit(other, prosecutor, LocalDate.of(2026, 11, 1), "丙")
                .handling(Handling.REFERRED).referredTo("区市场监管局").build());

        VisitQuery all = VisitQuery.firstPage(50);
        assertEquals(2, reg.visits.count(new VisitQuery("", null, null, other.id(), null, null, null,
                StatusFilter.ALL, false, VisitSort.DATE, true, null, 50)));
        assertEquals(2, reg.visits.count(new VisitQuery("", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                null, null, null, null, StatusFilter.ALL, false, VisitSort.DATE, true, null, 50)));
        assertEquals(3, reg.visits.count(all));
        assertEquals(1, count("市场监管"));
    }

    @Test
    void referralWithoutRecipientIsRefused() {
        ValidationException e = assertThrows(ValidationException.class, () -> reg.visits.save(
                visit(station, prosecutor, TODAY, "反映食品安全问题").handling(Handling.REFERRED).build()));
        assertEquals("referredTo", e.problems().get(0).field());
    }

    @Test
    void concludingClearsTheNextDeadline() {
        Visit v = reg.visits.save(visit(station, prosecutor, TODAY.minusDays(10), "回访").followUpDue(TODAY.minusDays(1)).build());
        assertEquals(1, reg.visits.count(VisitQuery.firstPage(50).withStatus(StatusFilter.OVERDUE)));
        Visit done = reg.visits.save(v.toBuilder().concludedOn(TODAY).build());
        assertNull(reg.visits.deadlinesOf(done).nextDue());
        assertEquals(0, reg.visits.count(VisitQuery.firstPage(50).withStatus(StatusFilter.OVERDUE)));
        assertEquals(1, reg.visits.count(VisitQuery.firstPage(50).withStatus(StatusFilter.CONCLUDED)));
    }

    static String withCheck(String first17) {
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "same ID number typed in lower case, , , 11010519491231002x, 1",
            "same phone with spaces, , 138 1234 1234, , 1",
            "same name on the same day, 王秀英, , , 1",
            "nothing in common, 李四, 13900001111, , 0",
    })
    void lookAlikesWarnAboutTheSameVisitor(String name, String visitor, String phone, String id, int expected) {
        reg.visits.save(visit(station, prosecutor, TODAY, "第一次来访").visitorName("王秀英").visitorPhone("13812341234")
                .visitorIdNumber("11010519491231002X").build());
        var draft = visit(station, prosecutor, TODAY, "第二次来访").visitorName(visitor == null ? "" : visitor)
                .visitorPhone(phone == null ? "" : phone).visitorIdNumber(id == null ? "" : id).build();
        assertEquals(expected, reg.visits.lookAlikes(draft).size(), name);
    }

    @Test
    void aVisitIsNotItsOwnLookAlikeAndDeletedVisitsDoNotCount() {
        Visit v = reg.visits.save(visit(station, prosecutor, TODAY, "来访").visitorPhone("13812341234").build());
        assertEquals(0, reg.visits.lookAlikes(v).size());
        Visit other = reg.visits.save(visit(station, prosecutor, TODAY, "再次来访").visitorPhone("13812341234").build());
        assertEquals(1, reg.visits.lookAlikes(v).size());
        reg.visits.delete(List.of(other.id()));
        assertEquals(0, reg.visits.lookAlikes(v).size());
    }

    @Test
    void historyShowsWhoChangedWhatFromOldToNew() {
        Visit v = reg.visits.save(visit(station, prosecutor, TODAY, "原事由").build());
        reg.visits.save(v.toBuilder().summary("改后的事由").build());
        reg.visits.delete(List.of(v.id()));

        var history = reg.visits.history(v.id());
        assertEquals(List.of("INSERT", "UPDATE", "DELETE"), history.stream().map(h -> h.action()).toList());
        var change = history.get(1).changes();
        assertEquals(1, change.size());
        assertEquals("summary", change.get(0).field());
        assertEquals("原事由", change.get(0).oldValue());
        assertEquals("改后的事由", change.get(0).newValue());
        assertEquals("测试员", history.get(1).user());
    }
}
