package org.liaisondesk.register.roster.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.model.Page;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.text.Masking;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.PagedListViewModel;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.model.RecipientQuery;
import org.liaisondesk.register.roster.model.RecipientRow;
import org.liaisondesk.register.roster.model.RecipientSort;
import org.liaisondesk.register.roster.service.RecipientService;

/**
 * The directory of recipient organisations (被建议单位): search, a superior filter (the units directly under
 * one authority), database-side sorting, keyset paging, the recycle bin and the editor.
 */
public final class RecipientListViewModel extends PagedListViewModel<RecipientQuery, RecipientRow, RecipientListItem> {
    private final RecipientService recipients;

    private final ObjectProperty<Recipient> superior = new SimpleObjectProperty<>();
    private final ObjectProperty<RecipientSort> sort = new SimpleObjectProperty<>(RecipientSort.NAME);
    private final BooleanProperty descending = new SimpleBooleanProperty(false);
    private final ObservableList<Recipient> superiors = FXCollections.observableArrayList();

    private record EditorContent(Optional<Recipient> recipient, List<Recipient> superiors) {
    }

    public RecipientListViewModel(RecipientService recipients, BackgroundExecutor executor, DialogService dialogs,
                                  IntSupplier pageSize) {
        super(executor, dialogs, pageSize);
        this.recipients = recipients;
    }

    /** Reloads the pick list of the superior filter (every live organisation), keeping the choice if it exists. */
    public void loadPickLists() {
        executor.run(() -> recipients.superiorChoices(null), list -> {
            Recipient keep = superior.get();
            superiors.setAll(list);
            superior.set(keep != null && list.contains(keep) ? keep : null);
        }, e -> dialogs.showError(Messages.tr(titleKey()), ErrorText.of(e)));
    }

    @Override
    public RecipientQuery query() {
        return new RecipientQuery(searchTextProperty().get(), superior.get() == null ? null : superior.get().id(),
                isRecycleBin(), sort.get(), descending.get(), pageStart(), pageSize());
    }

    @Override
    protected Page<RecipientRow> fetch(RecipientQuery query) {
        return recipients.page(query);
    }

    @Override
    protected long count(RecipientQuery query) {
        return recipients.count(query);
    }

    @Override
    protected RecipientListItem toItem(RecipientRow row) {
        Recipient r = row.recipient();
        return new RecipientListItem(r.id(), r.name(), row.superiorName(), r.address(), r.contact(),
                Masking.maskPhone(r.phone()));
    }

    @Override
    protected String titleKey() {
        return "roster.recipients.title";
    }

    @Override
    protected RecipientQuery fromFirstPage(RecipientQuery query) {
        return query.after(null);
    }

    @Override
    protected long exportNow(RecipientQuery query, boolean unmasked, Path target, boolean overwrite) {
        return recipients.export(query, unmasked, target, overwrite);
    }

    @Override
    protected String exportTitleKey() {
        return isRecycleBin() ? "roster.recipients.binTitle" : "roster.recipients.title";
    }

    @Override
    protected void deleteNow(List<Long> ids) {
        recipients.delete(ids);
    }

    @Override
    protected void restoreNow(List<Long> ids) {
        recipients.restore(ids);
    }

    @Override
    protected String deletedKey() {
        return "roster.recipients.deleted";
    }

    @Override
    protected String restoredKey() {
        return "roster.recipients.restored";
    }

    @Override
    protected String deleteFailedKey() {
        return "roster.deleteRefused";
    }

    @Override
    protected String restoreFailedKey() {
        return "roster.restoreFailed";
    }

    @Override
    protected void afterChange() {
        loadPickLists();
    }

    public void sortBy(RecipientSort column, boolean desc) {
        sort.set(column);
        descending.set(desc);
        refresh();
    }

    public void clearFilters() {
        searchTextProperty().set("");
        superior.set(null);
        refresh();
    }

    /**
     * Loads what the editor needs in the background (the organisation and the superiors it may pick), then
     * hands the form to {@code show}. A new organisation starts under the authority the list is filtered by.
     */
    public void openEditor(Long id, Consumer<RecipientForm> show) {
        executor.run(() -> {
            Optional<Recipient> recipient = id == null ? Optional.empty() : recipients.find(id);
            List<Recipient> choices = new ArrayList<>(recipients.superiorChoices(id));
            Long current = recipient.map(Recipient::superiorId).orElse(null);
            // A deleted superior stays shown, so that editing other fields does not silently drop it.
            if (current != null && choices.stream().noneMatch(r -> r.id().equals(current))) {
                recipients.find(current).ifPresent(choices::add);
            }
            return new EditorContent(recipient, choices);
        }, content -> {
            if (id != null && content.recipient().isEmpty()) {
                dialogs.showError(Messages.tr(titleKey()), Messages.tr("common.validation.unknown"));
                reloadPage();
                return;
            }
            Runnable afterSave = () -> {
                if (id == null) {
                    refresh();
                } else {
                    reloadPage();
                }
                loadPickLists();
            };
            show.accept(new RecipientForm(recipients, executor, dialogs, afterSave, content.recipient().orElse(null),
                    content.superiors(), superior.get() == null ? null : superior.get().id()));
        }, e -> dialogs.showError(Messages.tr(titleKey()), ErrorText.of(e)));
    }

    public ObjectProperty<Recipient> superiorProperty() { return superior; }
    public ObjectProperty<RecipientSort> sortProperty() { return sort; }
    public BooleanProperty descendingProperty() { return descending; }
    public ObservableList<Recipient> superiors() { return superiors; }
}
