package org.liaisondesk.documents.service;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import org.liaisondesk.documents.model.TemplateScan;

/**
 * Fills a .docx template's {@code {{tags}}} with data. The one seam to the template engine (poi-tl, see
 * docs/decisions/0017), so that the engine can be replaced without touching what the documents say.
 * Both methods throw {@link org.liaisondesk.common.i18n.UserFacingException} naming the file when it cannot be read
 * as a template.
 */
public interface TemplateRenderer {
    /** The tags the template uses; tables named in {@code tableTags} have their row fields ({@code [字段]}) listed too. */
    TemplateScan scan(Path template, java.util.Collection<String> tableTags);

    /**
     * Renders the template with {@code data}: a String per plain tag, a Boolean per section, a list of maps per loop
     * or table (tables named in {@code tableTags}), a {@link org.liaisondesk.documents.model.DocumentImage} per
     * picture ({{@图}}) and a {@link org.liaisondesk.documents.model.DocumentGrid} per whole table ({{#指标表}}), in a
     * loop's items too. Writes the .docx to {@code out}.
     */
    void render(Path template, Map<String, Object> data, java.util.Collection<String> tableTags, OutputStream out);
}
