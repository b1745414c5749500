package org.liaisondesk.documents.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.documents.model.DocumentKind;

/**
 * The templates folder in the data folder: the shipped templates are copied there when missing, the app always
 * renders from there (so the staff's edits count), and a shipped template can be put back.
 */
public final class TemplateStore {
    private static final String SHIPPED = "/org/liaisondesk/documents/templates/";

    private final Path folder;

    public TemplateStore(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** Copies every shipped template that is not in the folder yet; existing files (edited or not) stay as they are. */
    public void ensureShipped() {
        try {
            Files.createDirectories(folder);
            DocumentFiles.deleteLeftovers(folder);
            for (DocumentKind kind : DocumentKind.values()) {
                if (!Files.exists(path(kind))) {
                    copyShipped(kind);
                }
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "documents.templates.folder", folder.toAbsolutePath(), e.getMessage());
        }
    }

    /** The template the app renders this kind from. */
    public Path path(DocumentKind kind) {
        return folder.resolve(kind.fileName());
    }

    /** The template as shipped with this version. */
    public byte[] shipped(DocumentKind kind) {
        try (InputStream in = DocumentKind.class.getResourceAsStream(SHIPPED + kind.fileName())) {
            if (in == null) {
                throw new IllegalStateException("shipped template missing from the application: " + kind.fileName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("shipped template unreadable: " + kind.fileName(), e);
        }
    }

    /**
     * True when the file in the folder differs from the shipped one (edited by the staff, or from an older version)
     * or cannot be read.
     */
    public boolean isChanged(DocumentKind kind) {
        try {
            return !Arrays.equals(Files.readAllBytes(path(kind)), shipped(kind));
        } catch (IOException | IllegalStateException e) {
            return true;
        }
    }

    /**
     * Puts the shipped template back. The one being replaced is kept beside it as 名.docx.bak (the last one only), so a
     * mistaken restore does not lose a day of the staff's editing.
     */
    public void restoreShipped(DocumentKind kind) {
        Path target = path(kind);
        try {
            Files.createDirectories(folder);
            if (Files.exists(target)) {
                Files.copy(target, folder.resolve(kind.fileName() + ".bak"), StandardCopyOption.REPLACE_EXISTING);
            }
            copyShipped(kind);
        } catch (IOException e) {
            throw new UserFacingException(e, Files.exists(target) ? "documents.write.locked" : "documents.write.failed",
                    target.toAbsolutePath(), e.getMessage());
        }
    }

    private void copyShipped(DocumentKind kind) {
        byte[] bytes = shipped(kind);
        DocumentFiles.write(folder, kind.fileName(), true, out -> out.write(bytes));
    }
}
