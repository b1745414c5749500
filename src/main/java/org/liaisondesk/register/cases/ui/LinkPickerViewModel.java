package org.liaisondesk.register.cases.ui;

import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.register.cases.model.LinkKind;
import org.liaisondesk.register.cases.model.LinkedRecord;
import org.liaisondesk.register.cases.model.MatterLink;
import org.liaisondesk.register.cases.service.MatterService;

/**
 * The small search behind 添加关联: the user picks leads or visits and types words; the newest live records
 * matching all of them (at most {@link MatterService#PICKER_LIMIT}) are listed, leaving out those the case
 * is already linked to. Each search runs in the background; a stale answer is dropped.
 */
public final class LinkPickerViewModel {
    private final MatterService service;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final Set<MatterLink> alreadyLinked;

    private final ObjectProperty<LinkKind> kind = new SimpleObjectProperty<>(LinkKind.LEAD);
    private final StringProperty text = new SimpleStringProperty("");
    private final ObservableList<LinkedRecord> results = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private long generation;

    public LinkPickerViewModel(MatterService service, BackgroundExecutor executor, DialogService dialogs,
                               Set<MatterLink> alreadyLinked) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.alreadyLinked = Set.copyOf(alreadyLinked);
    }

    public void search() {
        LinkKind k = kind.get();
        String words = text.get();
        long mine = ++generation;
        searching.set(true);
        // Asks for as many more as are linked already, so that leaving those out still fills the list.
        int limit = MatterService.PICKER_LIMIT + alreadyLinked.size();
        executor.run(() -> service.searchLinkable(k, words, limit), found -> {
            if (mine != generation) {
                return;
            }
            results.setAll(found.stream().filter(r -> !alreadyLinked.contains(r.link()))
                    .limit(MatterService.PICKER_LIMIT).toList());
            searching.set(false);
        }, e -> {
            if (mine == generation) {
                searching.set(false);
                dialogs.showError(Messages.tr("cases.links.add"), ErrorText.of(e));
            }
        });
    }

    public ObjectProperty<LinkKind> kindProperty() { return kind; }
    public StringProperty textProperty() { return text; }
    public ObservableList<LinkedRecord> results() { return results; }
    public ReadOnlyBooleanProperty searchingProperty() { return searching.getReadOnlyProperty(); }
}
