package org.liaisondesk.documents.ui;

import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.documents.model.DocumentSource;

/**
 * 生成文书 for one recommendation: which document it will be, where it goes, whether a file of the same name is
 * replaced. Writing runs in the background; on success the folder is kept for next time, the main window says
 * 已生成 with 打开, and the dialog offers the file and its folder. A refusal (a template with problems, a folder
 * that cannot be written, no office name) stays in the dialog as text.
 */
public final class GenerateDocumentViewModel {
    private final long recommendationId;
    private final GenerationContext context;
    private final OutputFolder output;
    private final FileOpener opener;
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Path> generated = new ReadOnlyObjectWrapper<>();

    public GenerateDocumentViewModel(long recommendationId, GenerationContext context) {
        this.recommendationId = recommendationId;
        this.context = context;
        this.output = context.outputFolder();
        this.opener = context.opener();
    }

    /** Reads what will be written and the starting folder, in the background. */
    public void load() {
        output.load(context.executor());
        context.executor().run(() -> context.documents().source(recommendationId),
                source -> description.set(describe(source)), e -> error.set(ErrorText.of(e)));
    }

    /** 个案检察建议书 · 崇检公建〔2026〕1号, the title on the next line; a draft says 未编号. */
    static String describe(DocumentSource source) {
        String number = source.detail().number().isEmpty() ? Messages.tr("documents.generate.noNumber")
                : source.detail().number();
        return Messages.tr("documents.generate.what", Messages.tr(source.kind().messageKey()), number,
                source.detail().recommendation().title());
    }

    /** Writes the document; ignored while writing or once written (a second file would only be a copy). */
    public void generate() {
        if (busy.get() || generated.get() != null) {
            return;
        }
        String problem = output.problem();
        if (problem != null) {
            error.set(problem);
            return;
        }
        Path folder = output.path();
        boolean overwrite = output.overwriteProperty().get();
        error.set("");
        busy.set(true);
        context.executor().run(() -> {
            Path file = context.documents().generate(recommendationId, folder, overwrite);
            output.remember(folder);
            return file;
        }, file -> {
            busy.set(false);
            generated.set(file);
            result.set(Messages.tr("documents.generate.done", file.getFileName()));
            context.dialogs().notify(result.get(), Messages.tr("documents.open"), () -> opener.open(file));
        }, e -> {
            busy.set(false);
            error.set(ErrorText.of(e));
        });
    }

    public void openFile() {
        if (generated.get() != null) {
            opener.open(generated.get());
        }
    }

    public void openFolder() {
        if (generated.get() != null) {
            opener.open(generated.get().toAbsolutePath().getParent());
        }
    }

    public OutputFolder output() {
        return output;
    }

    /** Which document will be written (kind, number, title); empty until read. */
    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    /** Why the document was not written, in the user's words; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** 已生成：文件名, once written. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The file written, or null. */
    public ReadOnlyObjectProperty<Path> generatedProperty() {
        return generated.getReadOnlyProperty();
    }
}
