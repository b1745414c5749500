package org.liaisondesk.search.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
import org.liaisondesk.search.model.SearchKind;
import org.liaisondesk.search.model.SearchResult;
import org.liaisondesk.search.service.GlobalSearchService;

/**
 * The global search: one box, every kind of record. Runs in the background; an answer to an older query
 * that arrives after a newer one was started is dropped.
 */
public final class GlobalSearchViewModel {
    private final GlobalSearchService service;
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<SearchKind> kind = new SimpleObjectProperty<>();
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private long generation;

    public GlobalSearchViewModel(GlobalSearchService service, BackgroundExecutor executor, DialogService dialogs) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
    }

    public void search() {
        String words = text.get();
        EnumSet<SearchKind> kinds = kind.get() == null ? EnumSet.allOf(SearchKind.class) : EnumSet.of(kind.get());
        long mine = ++generation;
        searching.set(true);
        executor.run(() -> service.hits(words, kinds, GlobalSearchService.DEFAULT_PER_KIND), result -> {
            if (mine != generation) {
                return;
            }
            rows.setAll(result.hits().stream().map(SearchRows::of).toList());
            summary.set(describe(words, result));
            if (result.isCounted()) {
                searching.set(false);
            } else {
                count(words, result, mine);
            }
        }, e -> failed(e, mine));
    }

    /** The hits are shown; counting every hit of the kinds that have more may read the whole register. */
    private void count(String words, SearchResult shown, long mine) {
        executor.run(() -> service.count(words, shown), counted -> {
            if (mine == generation) {
                searching.set(false);
                summary.set(describe(words, counted));
            }
        }, e -> failed(e, mine));
    }

    private void failed(Throwable e, long mine) {
        if (mine == generation) {
            searching.set(false);
            dialogs.showError(Messages.tr("search.title"), ErrorText.of(e));
        }
    }

    private static String describe(String words, SearchResult result) {
        if (words == null || words.isBlank()) {
            return Messages.tr("search.hint");
        }
        if (result.total() == 0) {
            return Messages.tr("search.none", words.strip());
        }
        String perKind = result.totals().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> Messages.tr(e.getKey().messageKey()) + " " + (result.uncounted().contains(e.getKey())
                        ? Messages.tr("search.atLeast", e.getValue()) : e.getValue()))
                .collect(Collectors.joining("，"));
        if (!result.isCounted()) {
            return Messages.tr("search.foundCounting", perKind, GlobalSearchService.DEFAULT_PER_KIND);
        }
        boolean cut = result.totals().entrySet().stream().anyMatch(e -> e.getValue() > GlobalSearchService.DEFAULT_PER_KIND);
        return Messages.tr(cut ? "search.foundCut" : "search.found", result.total(), perKind, GlobalSearchService.DEFAULT_PER_KIND);
    }

    public StringProperty textProperty() { return text; }
    public ObjectProperty<SearchKind> kindProperty() { return kind; }
    public ObservableList<SearchRow> rows() { return rows; }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty searchingProperty() { return searching.getReadOnlyProperty(); }
}
