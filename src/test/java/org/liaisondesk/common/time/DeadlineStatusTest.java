package org.liaisondesk.common.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineStatusTest {

    @ParameterizedTest
    @CsvSource({
        // due,       done on,    today,      lead, status
        "2025-03-10,  2025-03-01, 2025-03-20, 7,    DONE",       // done wins even when late
        "2025-03-10,  2025-03-12, 2025-03-05, 7,    DONE",
        "2025-03-10,  ,           2025-03-11, 7,    OVERDUE",
        "2025-03-10,  ,           2026-01-01, 0,    OVERDUE",
        "2025-03-10,  ,           2025-03-10, 7,    DUE_TODAY",
        "2025-03-10,  ,           2025-03-10, 0,    DUE_TODAY",
        "2025-03-10,  ,           2025-03-09, 7,    DUE_SOON",
        "2025-03-10,  ,           2025-03-03, 7,    DUE_SOON",   // exactly the lead
        "2025-03-10,  ,           2025-03-02, 7,    NOT_DUE",    // one day more than the lead
        "2025-03-10,  ,           2025-03-09, 0,    NOT_DUE",
        "2025-03-10,  ,           2025-03-09, 1,    DUE_SOON",
        "2025-03-01,  ,           2025-02-22, 7,    DUE_SOON",   // across the end of February
        "2025-03-01,  ,           2025-02-21, 7,    NOT_DUE",
    })
    void of(LocalDate due, LocalDate doneOn, LocalDate today, int lead, DeadlineStatus expected) {
        assertEquals(expected, DeadlineStatus.of(due, doneOn, today, lead));
    }

    @ParameterizedTest
    @CsvSource({
        "2025-03-10, 2025-03-10, 0",
        "2025-03-10, 2025-03-03, 7",
        "2025-03-10, 2025-03-11, -1",
        "2025-03-01, 2024-03-01, 365",
        "2024-03-01, 2023-03-01, 366",
        "2025-01-01, 2024-12-31, 1",
    })
    void daysLeft(LocalDate due, LocalDate today, long expected) {
        assertEquals(expected, DeadlineStatus.daysLeft(due, today));
    }

    @ParameterizedTest
    @CsvSource({
        "DONE,      common.deadline.done",
        "OVERDUE,   common.deadline.overdue",
        "DUE_TODAY, common.deadline.dueToday",
        "DUE_SOON,  common.deadline.dueSoon",
        "NOT_DUE,   common.deadline.notDue",
    })
    void messageKeys(DeadlineStatus status, String key) {
        assertEquals(key, status.messageKey());
    }

    @Test
    void badArgumentsAreRejected() {
        LocalDate d = LocalDate.of(2025, 3, 10);
        assertThrows(IllegalArgumentException.class, () -> DeadlineStatus.of(d, null, d, -1));
        assertThrows(NullPointerException.class, () -> DeadlineStatus.of(null, null, d, 7));
        assertThrows(NullPointerException.class, () -> DeadlineStatus.of(d, null, null, 7));
    }
}
