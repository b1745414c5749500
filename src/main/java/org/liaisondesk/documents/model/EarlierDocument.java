package org.liaisondesk.documents.model;

import java.time.LocalDate;
import org.liaisondesk.ladder.model.LadderStatus;
import org.liaisondesk.ladder.model.Rectification;
import org.liaisondesk.ladder.model.ReplyOutcome;
import org.liaisondesk.ladder.model.Tier;

/** A lower-tier document this one escalates from (directly or further down), with what became of it. */
public record EarlierDocument(long id, Tier tier, String number, String title, String recipient, LocalDate issuedOn,
                              LocalDate servedOn, LocalDate replyDueOn, LocalDate repliedOn, ReplyOutcome replyOutcome,
                              Rectification rectification, LadderStatus status) {
    public EarlierDocument {
        number = number == null ? "" : number;
        title = title == null ? "" : title;
        recipient = recipient == null ? "" : recipient;
    }
}
