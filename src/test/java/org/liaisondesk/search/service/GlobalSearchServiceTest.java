package org.liaisondesk.search.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.liaisondesk.testsupport.TestRegister.TODAY;
import static org.liaisondesk.testsupport.TestRegister.visit;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.register.reference.model.ReferenceList;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.search.data.GlobalSearchRepository;
import org.liaisondesk.search.model.SearchHit;
import org.liaisondesk.search.model.SearchKind;
import org.liaisondesk.search.ui.GlobalSearchViewModel;
import org.liaisondesk.search.ui.SearchRow;
import org.liaisondesk.testsupport.HeldExecutor;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** One search box over every kind: each kind is found by its own columns, short and long words alike. */
class GlobalSearchServiceTest {
    @TempDir
    Path dir;
    TestRegister reg;
    GlobalSearchService search;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        search = new GlobalSearchService(reg.db, new GlobalSearchRepository());
        Station station = reg.station("清溪村微检治联络站");
        Prosecutor p = reg.prosecutor("孟检察官", station);
        reg.visits.save(visit(station, p, TODAY.minusDays(3), "反映木材加工厂占用耕地").visitorName("周建国")
                .visitorPhone("13512345678").build());
        long role = reg.reference.list(ReferenceList.LIAISON_ROLE).get(0).id();
        reg.liaisons.save(new Liaison(null, null, "周晓红", role, station.id(), "清溪村第3网格", "13600001111", TODAY, ""));
        reg.db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO lead(uuid, received_on, source, field, description, "
                    + "town, village, created_at, updated_at) VALUES ('l1', '2026-11-01', 'GRID_WORKER', 'LAND', "
                    + "'网格员报告三家木材加工厂占用耕地', '清溪镇', '清溪村', 'x', 'x')")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO matter(uuid, business_line, field, name, office_number, "
                    + "parties, accepted_on, status, created_at, updated_at) VALUES ('m1', 'PUBLIC_INTEREST', 'LAND', "
                    + "'清溪村木材加工厂占用耕地案', '崇检公益立〔2026〕3号', '周某甲、李某乙', '2026-11-05', 'OPEN', 'x', 'x')")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO work_activity(uuid, kind, held_on, title, place, "
                    + "created_at, updated_at) VALUES ('w1', 'PUBLICITY', '2026-11-10', '耕地保护普法宣传', '清溪村村委会', 'x', 'x')")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO recipient(uuid, name, address, created_at, updated_at) "
                    + "VALUES ('r1', '崇州市自然资源局', '崇州市清溪路1号', 'x', 'x')")) {
                ps.executeUpdate();
            }
        });
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "耕地, VISIT LEAD MATTER WORK",
            "木材加工厂, VISIT LEAD MATTER",
            "清溪, LEAD MATTER WORK LIAISON RECIPIENT",
            "周, VISIT MATTER LIAISON",
            "第3网格, LIAISON",
            "自然资源, RECIPIENT",
            "耕地 普法, WORK",
            "不存在的词, ''",
    })
    void findsEveryKindThatHasAllTheWords(String words, String kinds) {
        var result = search.search(words, EnumSet.allOf(SearchKind.class), 50);
        Set<SearchKind> expected = kinds.isBlank() ? Set.of()
                : EnumSet.copyOf(List.of(kinds.split(" ")).stream().map(SearchKind::valueOf).toList());
        assertEquals(expected, Set.copyOf(result.hits().stream().map(SearchHit::kind).toList()), words);
        assertEquals(result.hits().size(), result.total());
    }

    @Test
    void onlyTheChosenKindIsSearchedAndDeletedRecordsAreNotFound() {
        var leads = search.search("耕地", EnumSet.of(SearchKind.LEAD), 50);
        assertEquals(List.of(SearchKind.LEAD), leads.hits().stream().map(SearchHit::kind).toList());
        long visitId = search.search("耕地", EnumSet.of(SearchKind.VISIT), 50).hits().get(0).id();
        reg.visits.delete(List.of(visitId));
        assertEquals(0, search.search("耕地", EnumSet.of(SearchKind.VISIT), 50).total());
    }

    @Test
    void theViewModelMasksPeopleAndSummarises() {
        RecordingDialogs dialogs = new RecordingDialogs();
        GlobalSearchViewModel model = new GlobalSearchViewModel(search, new DirectBackgroundExecutor(), dialogs);
        model.textProperty().set("周");
        model.search();
        String all = model.rows().stream().map(SearchRow::toString).reduce("", String::concat);
        assertTrue(all.contains("周某某") && all.contains("135****5678"), all);
        assertTrue(!all.contains("建国") && !all.contains("某甲、李某乙".replace("某", "x")), all);
        assertTrue(model.summaryProperty().get().startsWith("共找到 3 条"), model.summaryProperty().get());
        assertTrue(dialogs.errors.isEmpty());
    }

    @Test
    void hitsLeaveKindsWithMoreHitsUncountedAndTheCountFillsThemIn() {
        Station station = reg.station("双河社区联络站");
        Prosecutor p = reg.prosecutor("韩检察官", station);
        for (int i = 0; i < 3; i++) {
            reg.visits.save(visit(station, p, TODAY.minusDays(i), "反映耕地被占第" + i + "次").build());
        }

        var first = search.hits("耕地", EnumSet.of(SearchKind.VISIT, SearchKind.LEAD), 2);
        assertEquals(Set.of(SearchKind.VISIT), first.uncounted(), "4 visits, 2 shown; 1 lead, all shown");
        assertEquals(2, first.totals().get(SearchKind.VISIT), "until counted, the total is what is shown");
        assertEquals(1, first.totals().get(SearchKind.LEAD));

        var counted = search.count("耕地", first);
        assertTrue(counted.isCounted());
        assertEquals(4, counted.totals().get(SearchKind.VISIT));
        assertEquals(first.hits(), counted.hits());
        assertEquals(counted.totals(), search.search("耕地", EnumSet.of(SearchKind.VISIT, SearchKind.LEAD), 2).totals());
    }

    @Test
    void theViewModelShowsTheHitsAtOnceAndTheCountsWhenTheyArrive() {
        Station station = reg.station("双河社区联络站");
        Prosecutor p = reg.prosecutor("韩检察官", station);
        for (int i = 0; i < GlobalSearchService.DEFAULT_PER_KIND + 5; i++) {
            reg.visits.save(visit(station, p, TODAY.minusDays(i % 300), "耕地纠纷第" + i + "次").build());
        }
        HeldExecutor held = new HeldExecutor();
        GlobalSearchViewModel model = new GlobalSearchViewModel(search, held, new RecordingDialogs());
        model.textProperty().set("耕地纠纷");
        model.search();
        held.deliveries.get(0).run();

        assertEquals(GlobalSearchService.DEFAULT_PER_KIND, model.rows().size());
        assertTrue(model.searchingProperty().get(), "still counting");
        assertTrue(model.summaryProperty().get().contains("50 条以上"), model.summaryProperty().get());
        held.deliveries.get(1).run();
        assertTrue(!model.searchingProperty().get());
        assertTrue(model.summaryProperty().get().startsWith("共找到 55 条"), model.summaryProperty().get());
    }
}
