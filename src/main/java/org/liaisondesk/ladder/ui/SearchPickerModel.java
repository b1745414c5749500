package org.liaisondesk.ladder.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;

/**
 * A search-as-you-type pick: the user types words, the register is searched in the background, and one of the
 * matches is picked. In choice mode the picked item stays chosen and its label shows in the search box (typing
 * something else un-chooses it); in adding mode ({@link #adding}) each pick is handed over and the box empties, for
 * lists such as 抄送 or 升级自. A search overtaken by a newer one is dropped.
 *
 * @param <T> what is picked
 */
public final class SearchPickerModel<T> {
    private final BackgroundExecutor executor;
    private final DialogService dialogs;
    private final Function<String, Callable<List<T>>> searchFor;
    private final Function<T, String> label;
    private final String failureTitleKey;
    private Consumer<T> onAdd;

    private final StringProperty text = new SimpleStringProperty("");
    private final ObjectProperty<T> chosen = new SimpleObjectProperty<>();
    private final ObservableList<T> matches = FXCollections.observableArrayList();
    private long generation;

    /**
     * @param searchFor called on the UI thread with the typed words; returns the work that finds the matches, run in
     *                  the background (so it may read the form's state now and the register later)
     * @param label     how a chosen item reads in the search box
     * @param failureTitleKey the title of the message shown when a search fails
     */
    public SearchPickerModel(BackgroundExecutor executor, DialogService dialogs,
                             Function<String, Callable<List<T>>> searchFor, Function<T, String> label,
                             String failureTitleKey) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.searchFor = searchFor;
        this.label = label;
        this.failureTitleKey = failureTitleKey;
        text.addListener((obs, was, now) -> {
            T current = chosen.get();
            if (current != null && !label.apply(current).equals(now)) {
                chosen.set(null);
            }
        });
    }

    /** Adding mode: every pick goes to {@code onAdd} and the search box empties. */
    public SearchPickerModel<T> adding(Consumer<T> add) {
        this.onAdd = add;
        return this;
    }

    /** Searches for the words in the box (blank: the first matches of all). Nothing is searched while an item is chosen. */
    public void search() {
        if (chosen.get() != null) {
            matches.clear();
            return;
        }
        long mine = ++generation;
        Callable<List<T>> work = searchFor.apply(text.get() == null ? "" : text.get().strip());
        executor.run(work, found -> {
            if (mine == generation) {
                matches.setAll(found);
            }
        }, e -> {
            if (mine == generation) {
                matches.clear();
                dialogs.showError(Messages.tr(failureTitleKey), ErrorText.of(e));
            }
        });
    }

    /** The user picked one of the matches. */
    public void pick(T item) {
        generation++;
        matches.clear();
        if (onAdd != null) {
            onAdd.accept(item);
            text.set("");
        } else {
            choose(item);
        }
    }

    /** Sets the choice without searching (a form being loaded); null chooses nothing. */
    public void choose(T item) {
        chosen.set(item);
        text.set(item == null ? "" : label.apply(item));
    }

    /** Empties the box and the choice. */
    public void clear() {
        generation++;
        matches.clear();
        chosen.set(null);
        text.set("");
    }

    /** Hides the matches (Esc) and forgets a search still running. */
    public void dismiss() {
        generation++;
        matches.clear();
    }

    public StringProperty textProperty() { return text; }
    public ObjectProperty<T> chosenProperty() { return chosen; }
    public T chosen() { return chosen.get(); }
    public ObservableList<T> matches() { return matches; }
}
