package org.liaisondesk.documents.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.documents.model.DocumentKind;
import org.liaisondesk.documents.model.Tag;
import org.liaisondesk.documents.model.TagCatalogue;
import org.liaisondesk.documents.model.TemplateCheck;
import org.liaisondesk.documents.model.UsedTag;
import org.liaisondesk.documents.service.TemplateProblems;
import org.liaisondesk.documents.service.TemplateService;

/**
 * 文书模板: the four templates in the templates folder and whether each was changed; for the selected one, opening
 * it in Word or WPS, checking it (the tags it uses, each problem with its did-you-mean), rendering it with sample
 * data, restoring the shipped one; the tags its document fills, searchable, to copy into Word. Any other .docx can be
 * checked too, its kind taken from its file name. All file work runs in the background.
 */
public final class TemplatesViewModel {
    /** A template in the folder, as the table shows it. */
    public record TemplateItem(DocumentKind kind, Path file, boolean changed) {
        public String kindName() {
            return Messages.tr(kind.messageKey());
        }

        public String fileName() {
            return file.getFileName().toString();
        }

        public String status() {
            return Messages.tr(changed ? "documents.templates.changed" : "documents.templates.unchanged");
        }
    }

    /** The file last checked, as which kind, and what the check found. */
    private record Checked(Path file, DocumentKind kind, TemplateCheck check) {
    }

    private final TemplateService templates;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final FileOpener opener;

    private final ObservableList<TemplateItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentKind> selectedKind = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<TemplateItem> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty tagSearch = new SimpleStringProperty("");
    private final ObservableList<TagRow> tagRows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper checkTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper checkSummary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> checkLines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper usedTags = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checkOk = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasCheck = new ReadOnlyBooleanWrapper(false);
    private Checked checked;

    public TemplatesViewModel(TemplateService templates, BackgroundExecutor executor, DialogService dialogs) {
        this(templates, executor, dialogs, FileOpener.DESKTOP);
    }

    public TemplatesViewModel(TemplateService templates, BackgroundExecutor executor, DialogService dialogs,
                              FileOpener.Launcher launcher) {
        this.templates = templates;
        this.executor = executor;
        this.dialogs = dialogs;
        this.opener = new FileOpener(launcher, executor, dialogs);
        selectedKind.addListener((obs, was, now) -> {
            selected.set(item(now));
            refreshTags();
        });
        tagSearch.addListener((obs, was, now) -> refreshTags());
    }

    /** Reads the folder again (a template may have been edited in Word meanwhile); called when the tab is shown. */
    public void show() {
        reload(null);
    }

    private void reload(Runnable then) {
        executor.run(templates::templates, list -> {
            items.setAll(list.stream().map(t -> new TemplateItem(t.kind(), t.file(), t.changed())).toList());
            if (selectedKind.get() == null && !items.isEmpty()) {
                selectedKind.set(items.get(0).kind());
            } else {
                selected.set(item(selectedKind.get()));
            }
            if (then != null) {
                then.run();
            }
        }, e -> dialogs.showError(Messages.tr("documents.templates.title"), ErrorText.of(e)));
    }

    private TemplateItem item(DocumentKind kind) {
        return items.stream().filter(i -> i.kind() == kind).findFirst().orElse(null);
    }

    private void refreshTags() {
        DocumentKind kind = selectedKind.get();
        List<TagRow> rows = new ArrayList<>();
        if (kind != null) {
            for (Tag tag : TagCatalogue.forKind(kind)) {
                rows.addAll(TagRow.of(tag, tagSearch.get()));
            }
        }
        tagRows.setAll(rows);
    }

    /** Checks the selected template as the app would before writing with it. */
    public void check() {
        TemplateItem item = selected.get();
        if (item == null || busy.get()) {
            return;
        }
        busy.set(true);
        executor.run(() -> templates.check(item.kind()), check -> {
            busy.set(false);
            showCheck(new Checked(item.file(), item.kind(), check));
            reload(null);
        }, e -> {
            busy.set(false);
            dialogs.showError(Messages.tr("documents.templates.checkTitle"), ErrorText.of(e));
        });
    }

    /** Checks a .docx chosen by the user (a copy being edited elsewhere); its kind comes from its file name. */
    public void checkFile(Path file) {
        if (file == null || busy.get()) {
            return;
        }
        busy.set(true);
        executor.run(() -> {
            DocumentKind kind = templates.kindOf(file);
            return new Checked(file, kind, templates.check(file, kind));
        }, result -> {
            busy.set(false);
            showCheck(result);
        }, e -> {
            busy.set(false);
            dialogs.showError(Messages.tr("documents.templates.checkTitle"), ErrorText.of(e));
        });
    }

    private void showCheck(Checked result) {
        checked = result;
        TemplateCheck check = result.check();
        checkOk.set(check.ok());
        checkTitle.set(Messages.tr("documents.templates.checkOf", result.file().getFileName(),
                Messages.tr(result.kind().messageKey())));
        if (check.ok()) {
            checkSummary.set(Messages.tr("documents.templates.checkOk", check.tags().size()));
            checkLines.clear();
        } else {
            checkSummary.set(Messages.tr("documents.templates.checkProblems", check.tags().size(), check.problems().size()));
            checkLines.setAll(TemplateProblems.lines(check.problems()));
        }
        usedTags.set(check.tags().isEmpty() ? Messages.tr("documents.templates.noTags")
                : check.tags().stream().map(TemplatesViewModel::written).collect(Collectors.joining("  ")));
        hasCheck.set(true);
    }

    /** A field in a loop or table shows after its container: 建议事项·{{序号}}, 案件表·[名称]. */
    private static String written(UsedTag t) {
        return t.container().isEmpty() ? t.written() : t.container() + "·" + t.written();
    }

    private void clearCheck() {
        checked = null;
        checkTitle.set("");
        checkSummary.set("");
        checkLines.clear();
        usedTags.set("");
        checkOk.set(false);
        hasCheck.set(false);
    }

    /** Renders the template last checked with the example values into the samples folder and opens the result. */
    public void renderSample() {
        Checked target = checked;
        if (target == null || busy.get()) {
            return;
        }
        busy.set(true);
        executor.run(() -> templates.sampleRendering(target.file(), target.kind(), templates.sampleFolder()), file -> {
            busy.set(false);
            dialogs.notify(Messages.tr("documents.templates.sampleDone", file.getFileName()),
                    Messages.tr("documents.open"), () -> opener.open(file));
            opener.open(file);
        }, e -> {
            busy.set(false);
            dialogs.showError(Messages.tr("documents.templates.sample"), ErrorText.of(e));
        });
    }

    /** Opens the selected template with the system's program for .docx (Word or WPS). */
    public void openTemplate() {
        TemplateItem item = selected.get();
        if (item != null) {
            opener.open(item.file());
        }
    }

    public void openFolder() {
        opener.open(templates.folder());
    }

    /** Puts the shipped template back after asking; the file replaced is kept as .bak. Only a changed one. */
    public void restoreShipped() {
        TemplateItem item = selected.get();
        if (item == null || !item.changed() || busy.get() || !dialogs.confirm(Messages.tr("documents.templates.restore"),
                Messages.tr("documents.templates.restoreQuestion", item.fileName()),
                Messages.tr("documents.templates.restore"))) {
            return;
        }
        busy.set(true);
        executor.run(() -> {
            templates.restoreShipped(item.kind());
            return item;
        }, restored -> {
            busy.set(false);
            if (checked != null && checked.file().equals(restored.file())) {
                clearCheck();
            }
            reload(() -> dialogs.notify(Messages.tr("documents.templates.restored", restored.fileName()), null, null));
        }, e -> {
            busy.set(false);
            dialogs.showError(Messages.tr("documents.templates.restore"), ErrorText.of(e));
        });
    }

    /** Hands the row's tag, as typed in Word, to {@code clipboard} and says so. */
    public void copy(TagRow row, Consumer<String> clipboard) {
        if (row == null) {
            return;
        }
        clipboard.accept(row.syntax());
        dialogs.notify(Messages.tr("documents.tags.copied", row.syntax()), null, null);
    }

    public Path folder() {
        return templates.folder();
    }

    public ObservableList<TemplateItem> items() {
        return items;
    }

    /** The template whose actions and tags are shown. */
    public ObjectProperty<DocumentKind> selectedKindProperty() {
        return selectedKind;
    }

    public ReadOnlyObjectProperty<TemplateItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty tagSearchProperty() {
        return tagSearch;
    }

    /** The selected kind's tags, each loop or table followed by its fields, filtered by the search text. */
    public ObservableList<TagRow> tagRows() {
        return tagRows;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** 检查结果：个案检察建议书.docx（个案检察建议书）. */
    public ReadOnlyStringProperty checkTitleProperty() {
        return checkTitle.getReadOnlyProperty();
    }

    /** 模板没有问题 … or how many problems were found. */
    public ReadOnlyStringProperty checkSummaryProperty() {
        return checkSummary.getReadOnlyProperty();
    }

    /** One line per problem, each with its did-you-mean. */
    public ObservableList<String> checkLines() {
        return checkLines;
    }

    /** The tags the checked template uses, as written in it. */
    public ReadOnlyStringProperty usedTagsProperty() {
        return usedTags.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkOkProperty() {
        return checkOk.getReadOnlyProperty();
    }

    /** True once a template was checked (生成样例 renders that one). */
    public ReadOnlyBooleanProperty hasCheckProperty() {
        return hasCheck.getReadOnlyProperty();
    }
}
