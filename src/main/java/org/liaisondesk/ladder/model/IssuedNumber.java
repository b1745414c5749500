package org.liaisondesk.ladder.model;

import java.time.LocalDate;

/** One line of the issue register (发文登记簿): a number given, to what, and where that document stands now. */
public record IssuedNumber(String number, int year, int serial, LocalDate issuedOn, long recommendationId,
                           Tier tier, RecommendationType type, String title, String recipientName,
                           LadderStatus status, boolean deleted) {

    /** The number was withdrawn with its document; it stays in the register and is never given again. */
    public boolean withdrawn() {
        return status == LadderStatus.WITHDRAWN;
    }
}
