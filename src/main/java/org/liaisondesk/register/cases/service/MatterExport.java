package org.liaisondesk.register.cases.service;

import java.util.List;
import org.liaisondesk.common.export.ExportColumn;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.register.cases.model.MatterRow;
import org.liaisondesk.register.cases.model.PartyMasking;

/**
 * The columns of the case list's Excel export. Parties are masked (each name on its own, also where a full name
 * appears in the case name or summary) unless a full export was asked for; the parties of a case involving a
 * minor stay masked even then (未成年人保护法 art. 103).
 */
final class MatterExport {
    private MatterExport() {
    }

    static List<ExportColumn<MatterRow>> columns(boolean unmasked) {
        return List.of(
                ExportColumn.date(Messages.tr("cases.field.acceptedOn"), MatterRow::acceptedOn),
                ExportColumn.text(Messages.tr("cases.field.officeNumber"), MatterRow::officeNumber),
                ExportColumn.text(Messages.tr("cases.field.unifiedCode"), MatterRow::unifiedCode),
                ExportColumn.text(Messages.tr("cases.field.name"),
                        r -> showsParties(r, unmasked) ? r.name() : PartyMasking.maskIn(r.name(), r.parties())),
                ExportColumn.text(Messages.tr("cases.field.businessLine"), r -> Messages.tr(r.businessLine().messageKey())),
                ExportColumn.text(Messages.tr("cases.field.businessId"), MatterRow::businessName),
                ExportColumn.text(Messages.tr("cases.field.field"), r -> Messages.tr(r.field().messageKey())),
                ExportColumn.text(Messages.tr("cases.field.problem"), MatterRow::problem),
                ExportColumn.text(Messages.tr("cases.field.parties"),
                        r -> showsParties(r, unmasked) ? r.parties() : PartyMasking.mask(r.parties())),
                ExportColumn.text(Messages.tr("field.involvesMinor"), r -> r.involvesMinor() ? Messages.tr("common.yes") : ""),
                ExportColumn.text(Messages.tr("field.stationId"), MatterRow::stationName),
                ExportColumn.text(Messages.tr("field.prosecutorId"), MatterRow::prosecutorName),
                ExportColumn.text(Messages.tr("cases.field.status"), r -> Messages.tr(r.status().messageKey())),
                ExportColumn.date(Messages.tr("field.concludedOn"), MatterRow::concludedOn),
                ExportColumn.number(Messages.tr("cases.column.links"), MatterRow::linkCount),
                ExportColumn.text(Messages.tr("cases.field.summary"),
                        r -> showsParties(r, unmasked) ? r.summary() : PartyMasking.maskIn(r.summary(), r.parties())));
    }

    private static boolean showsParties(MatterRow r, boolean unmasked) {
        return unmasked && !r.involvesMinor();
    }
}
