package org.liaisondesk.documents.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.documents.model.DocumentKind;
import org.liaisondesk.documents.model.SampleData;
import org.liaisondesk.documents.model.TagCatalogue;
import org.liaisondesk.documents.model.TemplateCheck;
import org.liaisondesk.documents.model.TemplateRules;

/** The templates as the staff manage them: which exist, checking one, rendering it with sample data, restoring one. */
public final class TemplateService {
    private final TemplateStore store;
    private final TemplateRenderer renderer;

    public TemplateService(TemplateStore store, TemplateRenderer renderer) {
        this.store = store;
        this.renderer = renderer;
    }

    /** One template in the folder: its kind, its file, whether it differs from the shipped one. */
    public record TemplateInfo(DocumentKind kind, Path file, boolean changed) {
    }

    public Path folder() {
        return store.folder();
    }

    /** Every kind's template, copying shipped ones that are missing first. */
    public List<TemplateInfo> templates() {
        store.ensureShipped();
        return java.util.Arrays.stream(DocumentKind.values())
                .map(k -> new TemplateInfo(k, store.path(k), store.isChanged(k))).toList();
    }

    /** Checks the template the app uses for {@code kind}. */
    public TemplateCheck check(DocumentKind kind) {
        store.ensureShipped();
        return check(store.path(kind), kind);
    }

    /** Checks any template file as the template of {@code kind}. */
    public TemplateCheck check(Path file, DocumentKind kind) {
        return TemplateRules.check(kind, renderer.scan(file, TagCatalogue.tableTags()));
    }

    /**
     * The kind a file is a template of, from its name (个案检察建议书.docx …); refused with the list of names when the
     * name says nothing.
     */
    public DocumentKind kindOf(Path file) {
        return DocumentKind.byFileName(file.getFileName().toString()).orElseThrow(() -> new UserFacingException(
                "documents.check.whichKind", file.getFileName(), String.join("、",
                        java.util.Arrays.stream(DocumentKind.values()).map(DocumentKind::fileName).toList())));
    }

    /** Renders the template with the catalogue's examples into {@code folder}; returns the file written. */
    public Path sampleRendering(Path template, DocumentKind kind, Path folder) {
        String name = "样例_" + kind.fileName();
        return DocumentFiles.write(folder, name, false,
                out -> renderer.render(template, SampleData.of(kind), TagCatalogue.tableTags(), out));
    }

    /**
     * A folder for sample renderings, emptied of older samples on each call; a sample still open in Word (which
     * Windows will not let go) stays, and the new one takes another name.
     */
    public Path sampleFolder() {
        Path folder = store.folder().resolveSibling("templates-samples");
        try {
            Files.createDirectories(folder);
            try (var old = Files.list(folder)) {
                for (Path p : old.toList()) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException stillOpen) {
                        // Left for the next call.
                    }
                }
            }
            return folder;
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.write.failed", folder.toAbsolutePath(), e.getMessage());
        }
    }

    public void restoreShipped(DocumentKind kind) {
        store.restoreShipped(kind);
    }
}
