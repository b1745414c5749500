package org.liaisondesk.register.roster.service;

import java.util.List;
import org.liaisondesk.common.export.ExportColumn;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.register.roster.model.RecipientRow;

/**
 * The columns of the recipient directory's Excel export. The contact person's phone is masked unless a full
 * export was asked for; organisation names, addresses and contact names are shown as the directory shows them.
 */
final class RecipientExport {
    private RecipientExport() {
    }

    static List<ExportColumn<RecipientRow>> columns(boolean unmasked) {
        return List.of(
                ExportColumn.text(Messages.tr("roster.field.recipientName"), r -> r.recipient().name()),
                ExportColumn.text(Messages.tr("field.superiorId"), RecipientRow::superiorName),
                ExportColumn.text(Messages.tr("field.contact"), r -> r.recipient().contact()),
                ExportColumn.text(Messages.tr("field.phone"),
                        r -> unmasked ? r.recipient().phone() : Masking.maskPhone(r.recipient().phone())),
                ExportColumn.text(Messages.tr("field.address"), r -> r.recipient().address()),
                ExportColumn.text(Messages.tr("field.note"), r -> r.recipient().note()));
    }
}
