package org.liaisondesk.register.roster.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisondesk.common.model.FieldProblem;
import org.liaisondesk.common.model.HistoryEntry;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.register.roster.model.Recipient;
import org.liaisondesk.register.roster.model.RosterRules;
import org.liaisondesk.register.roster.service.RecipientService;

/**
 * The form for one recipient organisation. The superior authority is picked from the other organisations,
 * never the organisation itself nor one under it (the service refuses a loop all the same).
 */
public final class RecipientForm extends EditForm<Recipient> {
    private final RecipientService recipients;
    private final Recipient original;
    private final ObservableList<Recipient> superiors;
    private final Map<Long, String> superiorNames;
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Recipient> superior = new SimpleObjectProperty<>();
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    /**
     * @param original  the organisation to edit, or null for a new one
     * @param superiors the organisations that may be its superior (with its current one, even if deleted)
     * @param template  for a new organisation: the superior to start with (the list's filter), may be null
     */
    RecipientForm(RecipientService recipients, BackgroundExecutor executor, DialogService dialogs, Runnable afterSave,
                  Recipient original, List<Recipient> superiors, Long template) {
        super(original == null, executor, dialogs, afterSave);
        this.recipients = recipients;
        this.original = original;
        this.superiors = FXCollections.observableArrayList(superiors);
        this.superiorNames = superiors.stream().collect(Collectors.toUnmodifiableMap(Recipient::id, Recipient::name,
                (a, b) -> a));
        Long superiorId = original != null ? original.superiorId() : template;
        superior.set(superiors.stream().filter(r -> r.id().equals(superiorId)).findFirst().orElse(null));
        if (original != null) {
            name.set(original.name());
            address.set(original.address());
            contact.set(original.contact());
            phone.set(original.phone());
            note.set(original.note());
        }
        watch("name", name);
        watch("superiorId", superior);
        watch("address", address);
        watch("contact", contact);
        watch("phone", phone);
        watch("note", note);
        markClean();
    }

    @Override
    public Recipient value() {
        return new Recipient(original == null ? null : original.id(), original == null ? null : original.uuid(),
                text(name), superior.get() == null ? null : superior.get().id(), text(address), text(contact),
                text(phone), text(note));
    }

    @Override
    List<FieldProblem> check(Recipient value) {
        return RosterRules.check(value);
    }

    @Override
    Recipient store(Recipient value) {
        return recipients.save(value);
    }

    @Override
    String saveFailedKey() {
        return "roster.recipient.saveFailed";
    }

    @Override
    public Long recordId() {
        return original == null ? null : original.id();
    }

    @Override
    List<HistoryEntry> history(long id) {
        return withNames(recipients.history(id), "superiorId", superiorNames);
    }

    private static String text(StringProperty p) {
        return p.get() == null ? "" : p.get();
    }

    public ObservableList<Recipient> superiors() { return superiors; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<Recipient> superiorProperty() { return superior; }
    public StringProperty addressProperty() { return address; }
    public StringProperty contactProperty() { return contact; }
    public StringProperty phoneProperty() { return phone; }
    public StringProperty noteProperty() { return note; }
}
