package org.liaisondesk.search.ui;

import java.util.List;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.search.model.SearchHit;
import org.liaisondesk.search.model.SearchKind;

/** Search hits in words, with the people in them masked: for the search section and the CLI alike. */
public final class SearchRows {
    private SearchRows() {
    }

    public static SearchRow of(SearchHit h) {
        String person = h.kind() == SearchKind.MATTER || h.kind() == SearchKind.WORK
                ? Masking.maskNames(h.person()) : h.kind() == SearchKind.LIAISON || h.kind() == SearchKind.RECIPIENT
                ? "" : Masking.maskName(h.person());
        String phone = Masking.maskPhone(h.phone());
        String context = String.join(" ", List.of(h.context(), person, phone).stream().filter(s -> !s.isBlank()).toList());
        // Case and activity titles often name their parties (张某诉李某…): mask those names in the title too.
        String title = (h.kind() == SearchKind.MATTER || h.kind() == SearchKind.WORK
                ? Masking.maskNamesIn(h.title(), h.person()) : h.title()).replace('\n', ' ');
        return new SearchRow(h.kind(), h.id(), Messages.tr(h.kind().messageKey()), h.date() == null ? "" : h.date().toString(),
                title.length() > 80 ? title.substring(0, 80) + "…" : title, context);
    }
}
