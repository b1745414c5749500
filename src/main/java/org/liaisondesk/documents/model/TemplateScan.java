package org.liaisondesk.documents.model;

import java.util.List;

/** Every tag a template uses, in document order, nested tags after their loop or table. */
public record TemplateScan(List<UsedTag> tags) {
    public TemplateScan {
        tags = List.copyOf(tags);
    }
}
