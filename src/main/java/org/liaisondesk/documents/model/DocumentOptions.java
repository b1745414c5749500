package org.liaisondesk.documents.model;

import java.time.LocalDate;
import org.liaisondesk.common.text.ChineseDates;

/**
 * The settings a document is written with: the office, the number to print when the document has none yet,
 * the date style of the dating lines, whether names are masked, the print block's office, the reply periods, today.
 */
public record DocumentOptions(String officeName, String blankNumber, ChineseDates.Style dateStyle, boolean maskNames,
                              String printingOffice, int replyMonths, int urgentReplyDays, LocalDate today) {
    public DocumentOptions {
        officeName = officeName == null ? "" : officeName.strip();
        blankNumber = blankNumber == null ? "" : blankNumber;
        printingOffice = printingOffice == null || printingOffice.isBlank()
                ? (officeName.isEmpty() ? "" : officeName + "办公室") : printingOffice.strip();
    }
}
