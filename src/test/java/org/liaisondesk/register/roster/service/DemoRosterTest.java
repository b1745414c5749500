package org.liaisondesk.register.roster.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.text.PhoneNumbers;
import org.liaisondesk.demo.service.DemoVisits;
import org.liaisondesk.demo.service.DemoRoster;
import org.liaisondesk.register.roster.data.RecipientRepository;
import org.liaisondesk.register.roster.model.Liaison;
import org.liaisondesk.register.roster.model.LiaisonQuery;
import org.liaisondesk.register.roster.model.LiaisonRow;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.model.RecipientQuery;
import org.liaisondesk.register.roster.model.RecipientRow;
import org.liaisondesk.testsupport.TestRegister;

/** The demo roster: realistic, valid, placed at the demo stations, and the same every time. */
class DemoRosterTest {
    @TempDir
    Path dir;

    private record Loaded(List<Liaison> liaisons, List<LiaisonRow> rows, List<Recipient> recipients,
                          List<RecipientRow> recipientRows) {
    }

    private Loaded load(Path folder) {
        try (TestRegister reg = new TestRegister(folder)) {
            new DemoVisits(reg.roster, reg.visits, TestRegister.CLOCK).load(null);
            RecipientService recipients = new RecipientService(reg.db, new RecipientRepository(reg.audit));
            DemoRoster demo = new DemoRoster(reg.liaisons, recipients, reg.reference, TestRegister.CLOCK);
            List<Liaison> liaisons = demo.loadLiaisons(reg.roster.stations());
            List<Recipient> saved = demo.loadRecipients();
            return new Loaded(liaisons, reg.liaisons.page(LiaisonQuery.firstPage(100)).items(), saved,
                    recipients.page(RecipientQuery.firstPage(100)).items());
        }
    }

    @Test
    void aboutFortyLiaisonsMostlyGridWorkersAllValidAndPlacedAtTheirStations() throws Exception {
        Loaded demo = load(Files.createDirectory(dir.resolve("a")));

        assertTrue(demo.liaisons().size() >= 38 && demo.liaisons().size() <= 45, "" + demo.liaisons().size());
        Map<String, Long> byRole = demo.rows().stream()
                .collect(Collectors.groupingBy(LiaisonRow::roleName, Collectors.counting()));
        assertTrue(byRole.get("网格员") > demo.rows().size() / 2, byRole.toString());
        assertTrue(byRole.keySet().containsAll(Set.of("公益诉讼观察员", "人大代表", "政协委员", "人民监督员", "听证员",
                "\"益心为公\"志愿者", "村社儿童主任", "心理咨询师")), byRole.toString());
        for (Liaison l : demo.liaisons()) {
            assertTrue(PhoneNumbers.isValid(l.phone()), l.name() + " " + l.phone());
            assertTrue(l.appointedOn().isBefore(TestRegister.TODAY), l.name());
        }
        LiaisonRow li = demo.rows().stream().filter(r -> r.liaison().name().equals("李春梅")).findFirst().orElseThrow();
        assertEquals("清溪村“微检治”联络站", li.stationName());
        assertEquals("清溪村第3网格", li.liaison().grid());
        assertEquals(demo.liaisons().size(), demo.liaisons().stream().map(Liaison::name).distinct().count());
    }

    @Test
    void theDirectoryHasTheDistrictGovernmentOverItsDepartmentsAndTowns() throws Exception {
        Loaded demo = load(Files.createDirectory(dir.resolve("b")));

        Map<String, RecipientRow> byName = demo.recipientRows().stream()
                .collect(Collectors.toMap(r -> r.recipient().name(), Function.identity()));
        assertTrue(byName.size() >= 15, "" + byName.size());
        for (String unit : List.of("区市场监督管理局", "区自然资源局", "区生态环境局", "区教育局", "区农业农村局",
                "区人力资源和社会保障局", "区应急管理局", "区住房和城乡建设局", "区卫生健康局", "清溪镇人民政府",
                "崇阳街道办事处")) {
            assertEquals("崇溪区人民政府", byName.get(unit).superiorName(), unit);
        }
        for (String top : List.of("崇溪区人大常委会", "中共崇溪区委", "崇溪区人民政府")) {
            assertEquals("", byName.get(top).superiorName(), top);
        }
        demo.recipients().stream().filter(r -> !r.phone().isEmpty())
                .forEach(r -> assertTrue(PhoneNumbers.isValid(r.phone()), r.name() + " " + r.phone()));
    }

    @Test
    void theSameDayGivesTheSameRoster() throws Exception {
        Loaded first = load(Files.createDirectory(dir.resolve("c")));
        Loaded second = load(Files.createDirectory(dir.resolve("d")));

        assertEquals(strip(first.liaisons()), strip(second.liaisons()));
        assertEquals(first.recipients().stream().map(Recipient::phone).toList(),
                second.recipients().stream().map(Recipient::phone).toList());
    }

    private static List<String> strip(List<Liaison> list) {
        return list.stream().map(l -> l.name() + l.phone() + l.appointedOn() + l.grid()).toList();
    }
}
