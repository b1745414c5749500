package org.liaisondesk.register.roster.service;

import java.util.List;
import org.liaisondesk.common.export.ExportColumn;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.register.roster.model.LiaisonRow;

/**
 * The columns of the liaison roster's Excel export. Names are not masked: liaisons are office staff and
 * volunteers whom the roster names. Phones are masked unless a full export was asked for.
 */
final class LiaisonExport {
    private LiaisonExport() {
    }

    static List<ExportColumn<LiaisonRow>> columns(boolean unmasked) {
        return List.of(
                ExportColumn.text(Messages.tr("roster.field.personName"), r -> r.liaison().name()),
                ExportColumn.text(Messages.tr("field.roleId"), LiaisonRow::roleName),
                ExportColumn.text(Messages.tr("field.stationId"), LiaisonRow::stationName),
                ExportColumn.text(Messages.tr("field.grid"), r -> r.liaison().grid()),
                ExportColumn.text(Messages.tr("field.phone"),
                        r -> unmasked ? r.liaison().phone() : Masking.maskPhone(r.liaison().phone())),
                ExportColumn.date(Messages.tr("field.appointedOn"), r -> r.liaison().appointedOn()),
                ExportColumn.number(Messages.tr("roster.column.leadsSent"), LiaisonRow::leadsSent),
                ExportColumn.text(Messages.tr("field.note"), r -> r.liaison().note()));
    }
}
