package org.liaisondesk.register.roster.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.i18n.Messages;

/** A refused delete names only the kinds of record that use the entry, in a fixed order, in either language. */
class RecordUsageTest {
    @AfterEach
    void backToChinese() {
        Messages.use(Messages.CHINESE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "0,0,0,0,0,0,1  | 1 场公开听证（听证员）",
        "12,3,2,5,0,0,0 | 12 条接访记录、3 条线索、2 件案件、5 项履职活动",
        "0,1,0,0,4,1,0  | 1 条线索、4 名联络员、1 名检察官（所属联络站）",
        "1200,0,0,0,0,0,0 | 1,200 条接访记录",
    })
    void theUsesAreWrittenOut(String counts, String words) {
        long[] n = Arrays.stream(counts.split(",")).mapToLong(Long::parseLong).toArray();
        RecordUsage usage = new RecordUsage(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);

        String message = new InUseException("roster.inUse.station", "白头镇检察联络站", usage).localizedMessage();

        assertEquals("“白头镇检察联络站”仍被 " + words + "使用，不能删除。可先将这些记录改到其他联络站。", message);
        assertEquals(Arrays.stream(n).sum(), usage.total());
    }

    @Test
    void englishUsesTheEnglishSeparator() {
        Messages.use(Locale.ENGLISH);

        String message = new InUseException("roster.inUse.station", "Baitou",
                new RecordUsage(2, 0, 1, 0, 0, 0, 0)).localizedMessage();

        assertEquals("\"Baitou\" is still used by 2 visits, 1 cases and cannot be deleted. "
                + "Move these records to another station first.", message);
    }
}
