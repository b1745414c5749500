package org.liaisondesk.register.roster.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.model.ValidationException;
import org.liaisondesk.register.roster.data.RecipientRepository;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.model.RecipientQuery;
import org.liaisondesk.register.roster.model.RecipientRow;
import org.liaisondesk.register.roster.model.RecipientSort;
import org.liaisondesk.testsupport.TestRegister;

/** The recipient directory on a real register: unique names, superiors without loops, deletes, search, paging. */
class RecipientServiceTest {
    @TempDir
    Path dir;
    TestRegister reg;
    RecipientService recipients;
    Recipient district;
    Recipient market;
    Recipient town;

    @BeforeEach
    void setUp() {
        reg = new TestRegister(dir);
        recipients = new RecipientService(reg.db, new RecipientRepository(reg.audit));
        district = recipients.save(Recipient.draft("XX区人民政府", null));
        market = recipients.save(new Recipient(null, null, "区市场监督管理局", district.id(), "区政务中心B座",
                "赵科长", "028-82212345", "食品安全、未成年人烟酒销售"));
        town = recipients.save(Recipient.draft("清溪镇人民政府", district.id()));
    }

    @AfterEach
    void tearDown() {
        reg.close();
    }

    @Test
    void aSavedOrganisationIsListedWithItsSuperiorsName() {
        RecipientRow row = recipients.search("市场监督", 5).get(0);

        assertEquals("XX区人民政府", row.superiorName());
        assertEquals("02882212345", row.recipient().phone().replace("-", ""));
        assertEquals("", recipients.search("XX区人民政府", 5).get(0).superiorName());
        assertEquals(market, recipients.find(market.id()).orElseThrow());
    }

    @Test
    void aTakenNameIsRefusedWithAClearMessageAndNothingIsWritten() {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> recipients.save(Recipient.draft(" 区市场监督管理局 ", null)));

        assertEquals("name", refused.problems().get(0).field());
        assertEquals("名称：名录中已有“区市场监督管理局”。请核对是否为同一单位，或换一个名称", refused.localizedMessage());
        assertEquals(3, recipients.count(RecipientQuery.firstPage(10)));
    }

    @Test
    void theNameOfADeletedOrganisationMayBeUsedAgainButItCannotBeRestoredThen() {
        recipients.delete(List.of(market.id()));
        Recipient again = recipients.save(Recipient.draft("区市场监督管理局", district.id()));

        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> recipients.restore(List.of(market.id())));

        assertEquals("名录中已有同名单位“区市场监督管理局”，不能恢复。可先将其中一个改名。", refused.localizedMessage());
        assertEquals(1, recipients.count(RecipientQuery.firstPage(10).withRecycleBin(true)));
        assertTrue(recipients.find(again.id()).isPresent());
    }

    @Test
    void anOrganisationCannotBeItsOwnSuperiorNorSitUnderItsOwnSubordinate() {
        Recipient village = recipients.save(Recipient.draft("清溪村村民委员会", town.id()));

        ValidationException own = assertThrows(ValidationException.class, () -> recipients.save(
                new Recipient(town.id(), town.uuid(), town.name(), town.id(), "", "", "", "")));
        assertEquals("roster.recipient.ownSuperior", own.problems().get(0).messageKey());

        for (Recipient below : List.of(town, village)) {
            ValidationException loop = assertThrows(ValidationException.class, () -> recipients.save(
                    new Recipient(district.id(), district.uuid(), district.name(), below.id(), "", "", "", "")));
            assertEquals("roster.recipient.superiorCycle", loop.problems().get(0).messageKey(), below.name());
        }
        assertEquals(null, recipients.find(district.id()).orElseThrow().superiorId());
    }

    @Test
    void theSuperiorChoicesLeaveOutTheOrganisationAndEverythingUnderIt() {
        Recipient village = recipients.save(Recipient.draft("清溪村村民委员会", town.id()));
        Recipient congress = recipients.save(Recipient.draft("区人大常委会", null));

        assertEquals(List.of(congress.id()), ids(recipients.superiorChoices(district.id())),
                "everything else lies under the district government");
        assertEquals(List.of(district.id(), congress.id(), market.id()), ids(recipients.superiorChoices(town.id())),
                "not the town itself, not the village under it; sorted by name");
        assertEquals(5, recipients.superiorChoices(null).size(), "a new organisation may pick any");
        assertTrue(ids(recipients.superiorChoices(village.id())).contains(town.id()));
    }

    @Test
    void aSuperiorOfLiveOrganisationsIsNotDeleted() {
        UserFacingException refused = assertThrows(UserFacingException.class,
                () -> recipients.delete(List.of(district.id())));

        assertEquals("“XX区人民政府”仍是 2 个单位的上级机关，不能删除。可先为这些单位改选上级机关。",
                refused.localizedMessage());
        recipients.delete(List.of(market.id(), town.id()));
        recipients.delete(List.of(district.id()));
        assertEquals(0, recipients.count(RecipientQuery.firstPage(10)));
        assertEquals(3, recipients.count(RecipientQuery.firstPage(10).withRecycleBin(true)));
    }

    @Test
    void searchCoversNameAddressContactAndNote() {
        assertEquals(List.of("区市场监督管理局"), names(recipients.search("政务中心", 5)));
        assertEquals(List.of("区市场监督管理局"), names(recipients.search("赵科长", 5)));
        assertEquals(List.of("区市场监督管理局"), names(recipients.search("烟酒", 5)));
        assertEquals(List.of("清溪镇人民政府"), names(recipients.search("清溪 政府", 5)));
        assertTrue(recipients.search("自然资源", 5).isEmpty());
    }

    @Test
    void theSuperiorFilterListsTheUnitsDirectlyUnderIt() {
        recipients.save(Recipient.draft("清溪村村民委员会", town.id()));

        RecipientQuery underDistrict = RecipientQuery.firstPage(10).withSuperior(district.id());

        assertEquals(List.of("区市场监督管理局", "清溪镇人民政府"), names(recipients.page(underDistrict).items()));
        assertEquals(2, recipients.count(underDistrict));
    }

    @Test
    void bothSortsPageThroughEveryOrganisationOnceInOrder() {
        for (String name : List.of("区自然资源局", "区生态环境局", "区教育局", "区农业农村局", "白头镇人民政府")) {
            recipients.save(Recipient.draft(name, name.endsWith("镇人民政府") ? null : district.id()));
        }
        recipients.save(Recipient.draft("清溪村村民委员会", town.id()));
        for (RecipientSort sort : RecipientSort.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                RecipientQuery q = RecipientQuery.firstPage(3).withSort(sort, descending);
                List<RecipientRow> seen = new ArrayList<>();
                Page<RecipientRow> page = recipients.page(q);
                seen.addAll(page.items());
                while (page.hasMore()) {
                    page = recipients.page(q.after(page.next()));
                    seen.addAll(page.items());
                }
                List<String> keys = seen.stream().map(r -> sort == RecipientSort.NAME ? r.recipient().name()
                        : r.superiorName() + "|" + r.recipient().name()).toList();
                List<String> expected = new ArrayList<>(keys);
                expected.sort(descending ? Comparator.<String>reverseOrder() : Comparator.<String>naturalOrder());
                assertEquals(9, seen.size(), sort + " " + descending);
                assertEquals(expected, keys, sort + " " + descending);
            }
        }
    }

    @Test
    void theHistoryRecordsTheChangeOfSuperior() {
        Recipient congress = recipients.save(Recipient.draft("区人大常委会", null));
        recipients.save(new Recipient(market.id(), market.uuid(), market.name(), congress.id(), market.address(),
                market.contact(), market.phone(), market.note()));

        HistoryEntry change = recipients.history(market.id()).get(1);
        assertEquals(List.of(new HistoryEntry.FieldChange("superiorId", String.valueOf(district.id()),
                String.valueOf(congress.id()))), change.changes());
    }

    private static List<Long> ids(List<Recipient> list) {
        return list.stream().map(Recipient::id).toList();
    }

    private static List<String> names(List<RecipientRow> rows) {
        return rows.stream().map(r -> r.recipient().name()).toList();
    }
}
