package org.liaisondesk.register.roster.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.roster.RegisterRows;
import org.liaisondesk.register.roster.model.InUseException;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.RecordUsage;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.testsupport.TestRegister;

/** A station or prosecutor that live records use cannot be deleted; the refusal counts the records. */
class RosterServiceDeleteTest {
    private static final String STATION = "崇阳街道微检治联络站";

    @TempDir
    Path dir;
    TestRegister reg;
    RegisterRows rows;
    Station station;
    Prosecutor prosecutor;
    long gridWorker;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        rows = new RegisterRows(reg.db);
        station = reg.station(STATION);
        prosecutor = reg.prosecutor("陈检察官", null);
        gridWorker = reg.reference.list(ReferenceList.LIAISON_ROLE).get(0).id();
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    private void visits(int n) {
        for (int i = 0; i < n; i++) {
            reg.visits.save(TestRegister.visit(station, prosecutor, TestRegister.TODAY.minusDays(i), "咨询土地流转合同").build());
        }
    }

    @Test
    void theRefusalNamesTheStationAndCountsEveryKindOfRecordThatUsesIt() {
        visits(12);
        for (int i = 0; i < 3; i++) {
            rows.lead(null, station.id(), null);
        }
        rows.matter(null, station.id(), null);
        rows.matter(null, station.id(), null);
        for (int i = 0; i < 5; i++) {
            rows.activity(station.id(), null);
        }

        InUseException refused = assertThrows(InUseException.class, () -> reg.roster.deleteStation(station.id()));

        assertEquals("“崇阳街道微检治联络站”仍被 12 条接访记录、3 条线索、2 件案件、5 项履职活动使用，不能删除。"
                + "可先将这些记录改到其他联络站。", refused.localizedMessage());
        assertEquals(new RecordUsage(12, 3, 2, 5, 0, 0, 0), refused.usage());
        assertEquals(List.of(station), reg.roster.stations(), "nothing was deleted");
    }

    /** Each kind of record alone keeps the station; the message names just that kind. */
    static Stream<Arguments> stationUses() {
        return Stream.of(
                Arguments.of("visit", (BiConsumer<RosterServiceDeleteTest, Long>) (t, s) -> t.visits(1),
                        "1 条接访记录"),
                Arguments.of("lead", (BiConsumer<RosterServiceDeleteTest, Long>) (t, s) -> t.rows.lead(null, s, null),
                        "1 条线索"),
                Arguments.of("matter", (BiConsumer<RosterServiceDeleteTest, Long>) (t, s) -> t.rows.matter(null, s, null),
                        "1 件案件"),
                Arguments.of("work_activity",
                        (BiConsumer<RosterServiceDeleteTest, Long>) (t, s) -> t.rows.activity(s, null), "1 项履职活动"),
                Arguments.of("liaison", (BiConsumer<RosterServiceDeleteTest, Long>) (t, s) -> t.reg.liaisons.save(
                        new Liaison(null, null, "王网格", t.gridWorker, s, "", "", null, "")), "1 名联络员"),
                Arguments.of("prosecutor", (BiConsumer<RosterServiceDeleteTest, Long>) (t, s) -> t.reg.roster.save(
                        Prosecutor.draft("李检察官", s)), "1 名检察官（所属联络站）"));
    }

    @ParameterizedTest(name = "a {0} keeps the station")
    @MethodSource("stationUses")
    void oneRecordOfAnyKindKeepsTheStation(String kind, BiConsumer<RosterServiceDeleteTest, Long> use, String words) {
        use.accept(this, station.id());

        InUseException refused = assertThrows(InUseException.class, () -> reg.roster.deleteStation(station.id()));

        assertEquals("“崇阳街道微检治联络站”仍被 " + words + "使用，不能删除。可先将这些记录改到其他联络站。",
                refused.localizedMessage());
        assertEquals(1, refused.usage().total());
        assertEquals(1, reg.roster.stations().size());
    }

    @Test
    void recordsInTheRecycleBinDoNotKeepTheStation() {
        visits(1);
        long visitId = reg.visits.page(org.liaisondesk.register.visits.model.VisitQuery.firstPage(5)).items().get(0).id();
        long lead = rows.lead(null, station.id(), null);
        assertTrue(reg.roster.stationUsage(station.id()).isUsed());

        reg.visits.delete(List.of(visitId));
        rows.softDelete("lead", lead);

        assertEquals(RecordUsage.NONE, reg.roster.stationUsage(station.id()));
        reg.roster.deleteStation(station.id());
        assertTrue(reg.roster.stations().isEmpty());
    }

    @Test
    void aProsecutorNamedByRecordsIsKeptWithTheCounts() {
        Prosecutor chen = prosecutor;
        visits(2);
        rows.lead(null, null, chen.id());
        rows.activity(null, chen.id());

        InUseException refused = assertThrows(InUseException.class, () -> reg.roster.deleteProsecutor(chen.id()));

        assertEquals("“陈检察官”仍被 2 条接访记录、1 条线索、1 项履职活动使用，不能删除。可先将这些记录改由其他检察官承办。",
                refused.localizedMessage());
        assertEquals(1, reg.roster.prosecutors().size());
    }

    @Test
    void anUnusedProsecutorAndStationAreDeleted() {
        reg.roster.deleteProsecutor(prosecutor.id());
        reg.roster.deleteStation(station.id());

        assertTrue(reg.roster.prosecutors().isEmpty());
        assertTrue(reg.roster.stations().isEmpty());
        assertEquals("DELETE", reg.roster.stationHistory(station.id()).get(1).action());
    }
}
