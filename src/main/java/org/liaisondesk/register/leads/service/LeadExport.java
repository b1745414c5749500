package org.liaisondesk.register.leads.service;

import java.util.List;
import org.liaisondesk.common.export.ExportColumn;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.register.leads.model.LeadRow;

/**
 * The columns of the lead list's Excel export: what the list shows plus the three scores behind the stars, the
 * triage reason and the feedback note. The reporter's name and phone are masked unless a full export was asked for.
 */
final class LeadExport {
    private LeadExport() {
    }

    static List<ExportColumn<LeadRow>> columns(boolean unmasked) {
        return List.of(
                ExportColumn.date(Messages.tr("leads.field.receivedOn"), LeadRow::receivedOn),
                ExportColumn.text(Messages.tr("leads.field.source"), r -> Messages.tr(r.source().messageKey())),
                ExportColumn.text(Messages.tr("leads.field.reporterName"),
                        r -> unmasked ? r.reporterName() : Masking.maskName(r.reporterName())),
                ExportColumn.text(Messages.tr("leads.field.reporterPhone"),
                        r -> unmasked ? r.reporterPhone() : Masking.maskPhone(r.reporterPhone())),
                ExportColumn.text(Messages.tr("leads.export.reporterRole"), LeadRow::reporterRole),
                ExportColumn.text(Messages.tr("field.stationId"), LeadRow::stationName),
                ExportColumn.text(Messages.tr("field.prosecutorId"), LeadRow::prosecutorName),
                ExportColumn.text(Messages.tr("leads.field.town"), LeadRow::town),
                ExportColumn.text(Messages.tr("leads.field.village"), LeadRow::village),
                ExportColumn.text(Messages.tr("leads.field.grid"), LeadRow::grid),
                ExportColumn.text(Messages.tr("leads.field.field"), r -> Messages.tr(r.field().messageKey())),
                ExportColumn.text(Messages.tr("leads.field.problem"), LeadRow::problem),
                ExportColumn.text(Messages.tr("leads.field.description"), LeadRow::description),
                ExportColumn.number(Messages.tr("leads.field.ratingIllegality"), LeadRow::ratingIllegality),
                ExportColumn.number(Messages.tr("leads.field.ratingInvestigability"), LeadRow::ratingInvestigability),
                ExportColumn.number(Messages.tr("leads.field.ratingValue"), LeadRow::ratingValue),
                ExportColumn.number(Messages.tr("leads.field.stars"), LeadRow::stars),
                ExportColumn.text(Messages.tr("leads.field.triage"), r -> Messages.tr(r.triage().messageKey())),
                ExportColumn.date(Messages.tr("leads.field.triagedOn"), LeadRow::triagedOn),
                ExportColumn.text(Messages.tr("leads.field.referredTo"), LeadRow::referredTo),
                ExportColumn.text(Messages.tr("leads.field.triageReason"), LeadRow::triageReason),
                ExportColumn.text(Messages.tr("leads.column.feedback"), LeadExport::feedbackState),
                ExportColumn.date(Messages.tr("leads.field.fedBackOn"), LeadRow::fedBackOn),
                ExportColumn.text(Messages.tr("leads.field.feedbackNote"), LeadRow::feedbackNote),
                ExportColumn.text(Messages.tr("leads.column.cases"), LeadRow::caseNumbers));
    }

    /** 已反馈, 未反馈 (studied, source not told yet), or nothing while the lead waits to be studied. */
    private static String feedbackState(LeadRow r) {
        if (r.fedBackOn() != null) {
            return Messages.tr("leads.export.fedBack");
        }
        return r.awaitingFeedback() ? Messages.tr("leads.list.notFedBack") : "";
    }
}
