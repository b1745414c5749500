package org.liaisondesk.register.visits.service;

import java.util.List;
import org.liaisondesk.common.export.ExportColumn;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.register.visits.model.VisitRow;

/**
 * The columns of the visit log's Excel export. Personal data is masked unless a full export was asked for;
 * even then a minor's ID number stays masked (未成年人保护法 art. 103).
 */
final class VisitExport {
    private VisitExport() {
    }

    static List<ExportColumn<VisitRow>> columns(boolean unmasked) {
        return List.of(
                ExportColumn.date(Messages.tr("field.date"), VisitRow::date),
                ExportColumn.text(Messages.tr("field.stationId"), VisitRow::stationName),
                ExportColumn.text(Messages.tr("field.prosecutorId"), VisitRow::prosecutorName),
                ExportColumn.text(Messages.tr("field.form"), r -> Messages.tr(r.form().messageKey())),
                ExportColumn.text(Messages.tr("field.category"), r -> Messages.tr(r.category().messageKey())),
                ExportColumn.text(Messages.tr("field.visitorName"),
                        r -> unmasked ? r.visitorName() : Masking.maskName(r.visitorName())),
                ExportColumn.text(Messages.tr("field.visitorPhone"),
                        r -> unmasked ? r.visitorPhone() : Masking.maskPhone(r.visitorPhone())),
                ExportColumn.text(Messages.tr("field.visitorIdNumber"),
                        r -> unmasked && !r.involvesMinor() ? r.visitorIdNumber() : Masking.maskIdNumber(r.visitorIdNumber())),
                ExportColumn.number(Messages.tr("field.peopleCount"), VisitRow::peopleCount),
                ExportColumn.text(Messages.tr("field.involvesMinor"), r -> r.involvesMinor() ? Messages.tr("common.yes") : ""),
                ExportColumn.text(Messages.tr("field.summary"), VisitRow::summary),
                ExportColumn.text(Messages.tr("field.handling"), r -> Messages.tr(r.handling().messageKey())),
                ExportColumn.date(Messages.tr("visits.column.due"), VisitRow::nextDue),
                ExportColumn.date(Messages.tr("field.concludedOn"), VisitRow::concludedOn));
    }
}
