package org.liaisondesk.desk.ui;

import java.util.List;
import org.liaisondesk.desk.model.DeskSection;

/**
 * One section of the desk as shown: its name, its heading with the count ("回复已逾期 2"), whether anything in it
 * is late, its rows (most urgent first), what it says when empty, and a note when more items exist than are listed.
 */
public record DeskBlock(DeskSection section, String name, String heading, long total, boolean late,
                        List<DeskRow> rows, String emptyText, String moreText) {
    public DeskBlock {
        rows = List.copyOf(rows);
        moreText = moreText == null ? "" : moreText;
    }
}
