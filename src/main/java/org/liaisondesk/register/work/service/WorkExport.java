package org.liaisondesk.register.work.service;

import java.math.BigDecimal;
import java.util.List;
import org.liaisondesk.common.export.ExportColumn;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.register.work.model.PartyNames;
import org.liaisondesk.register.work.model.WorkKind;
import org.liaisondesk.register.work.model.WorkRow;

/**
 * The columns of the work list's Excel export: what the list shows, with its "key figure" split into the
 * figures behind it, plus the kind's own fields. Parties, the aid applicant's name and ID number are masked
 * unless a full export was asked for; an activity involving a minor keeps them masked even then
 * (未成年人保护法 art. 103). Amounts are numbers of 元 with two decimals, so that Excel can add them up.
 */
final class WorkExport {
    private WorkExport() {
    }

    static List<ExportColumn<WorkRow>> columns(boolean unmasked) {
        return List.of(
                ExportColumn.date(Messages.tr("work.field.heldOn"), WorkRow::heldOn),
                ExportColumn.text(Messages.tr("work.field.kind"), r -> Messages.tr(r.kind().messageKey())),
                ExportColumn.text(Messages.tr("work.field.title"), WorkRow::title),
                ExportColumn.text(Messages.tr("field.stationId"), WorkRow::stationName),
                ExportColumn.text(Messages.tr("field.prosecutorId"), WorkRow::prosecutorName),
                ExportColumn.text(Messages.tr("work.field.place"), WorkRow::place),
                ExportColumn.text(Messages.tr("work.column.matter"), WorkRow::matterOfficeNumber),
                ExportColumn.text(Messages.tr("field.involvesMinor"), r -> r.involvesMinor() ? Messages.tr("common.yes") : ""),
                ExportColumn.text(Messages.tr("work.field.parties"),
                        r -> showsIdentity(r, unmasked) ? r.parties() : PartyNames.mask(r.parties())),
                ExportColumn.text(Messages.tr("work.field.applicantName"),
                        r -> showsIdentity(r, unmasked) ? r.applicantName() : Masking.maskName(r.applicantName())),
                ExportColumn.text(Messages.tr("work.field.applicantIdNumber"),
                        r -> showsIdentity(r, unmasked) ? r.applicantIdNumber() : Masking.maskIdNumber(r.applicantIdNumber())),
                ExportColumn.text(Messages.tr("work.field.mediator"), WorkRow::mediator),
                ExportColumn.text(Messages.tr("work.field.channel"), WorkRow::channel),
                ExportColumn.text(Messages.tr("work.field.resolved"), WorkExport::resolved),
                ExportColumn.number(Messages.tr("work.field.amountApprovedFen"), r -> yuan(r.amountApprovedFen())),
                ExportColumn.number(Messages.tr("work.field.amountPaidFen"), r -> yuan(r.amountPaidFen())),
                ExportColumn.text(Messages.tr("work.field.hearingType"), WorkRow::hearingType),
                ExportColumn.text(Messages.tr("work.field.panel"), WorkRow::panelNames),
                ExportColumn.text(Messages.tr("work.field.topic"), WorkRow::topic),
                ExportColumn.number(Messages.tr("work.field.audienceCount"), WorkRow::audienceCount),
                ExportColumn.number(Messages.tr("work.field.hoursAgreed"), WorkRow::hoursAgreed),
                ExportColumn.number(Messages.tr("work.export.hoursDone"), WorkExport::hoursDone),
                ExportColumn.text(Messages.tr("work.field.assessment"), WorkRow::assessment),
                ExportColumn.text(Messages.tr("work.field.outcome"), WorkRow::outcome),
                ExportColumn.text(Messages.tr("field.note"), WorkRow::note));
    }

    /** Full names and ID numbers only in a full export, and never for an activity involving a minor. */
    private static boolean showsIdentity(WorkRow r, boolean unmasked) {
        return unmasked && !r.involvesMinor();
    }

    private static String resolved(WorkRow r) {
        if (r.resolved() == null) {
            return "";
        }
        return Messages.tr(r.resolved() ? "work.list.resolved" : "work.list.unresolved");
    }

    /** Fen as 元 with two decimals (200050 → 2000.50); empty when no amount was entered. */
    static BigDecimal yuan(Long fen) {
        return fen == null ? null : BigDecimal.valueOf(fen, 2);
    }

    /** Hours done mean something only for community service; other kinds leave the cell empty. */
    private static Integer hoursDone(WorkRow r) {
        return r.kind() == WorkKind.COMMUNITY_SERVICE ? r.hoursDone() : null;
    }
}
