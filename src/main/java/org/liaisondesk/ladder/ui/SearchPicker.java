package org.liaisondesk.ladder.ui;

import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.liaisondesk.common.i18n.Messages;

/**
 * The view of a {@link SearchPickerModel}: a search box with 清除, and under it the matches while there are any.
 * Typing searches after a short pause; Enter picks the first match (or searches at once when none is listed,
 * listing the first entries for an empty box); Down moves into the matches; Esc hides them. A click or Enter on a
 * match picks it. Ids: {@code <base>Search}, {@code <base>Matches}, {@code <base>Clear}.
 */
public final class SearchPicker<T> extends VBox {
    private final TextField field = new TextField();

    /**
     * @param describe how a match reads in the list (may say more than the chosen label, e.g. the superior)
     */
    public SearchPicker(SearchPickerModel<T> model, String idBase, String promptKey, Function<T, String> describe) {
        getStyleClass().add("search-picker");
        setSpacing(2);
        field.setId(idBase + "Search");
        field.setPromptText(Messages.tr(promptKey));
        field.textProperty().bindBidirectional(model.textProperty());
        HBox.setHgrow(field, Priority.ALWAYS);
        Button clear = new Button(Messages.tr("ladder.picker.clear"));
        clear.setId(idBase + "Clear");
        clear.setFocusTraversable(false);
        clear.setOnAction(e -> model.clear());
        clear.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.textProperty().get() == null || model.textProperty().get().isEmpty(),
                model.textProperty()));
        HBox top = new HBox(field, clear);
        top.getStyleClass().add("toolbar-row");

        ListView<T> matches = new ListView<>(model.matches());
        matches.setId(idBase + "Matches");
        matches.setStyle("-fx-pref-height: 9em;");
        matches.setPlaceholder(new Label(Messages.tr("ladder.picker.noMatches")));
        matches.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe.apply(item));
            }
        });
        matches.visibleProperty().bind(Bindings.isNotEmpty(model.matches()));
        matches.managedProperty().bind(matches.visibleProperty());
        matches.setOnMouseClicked(e -> {
            T item = matches.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && item != null) {
                model.pick(item);
                field.requestFocus();
                field.end();
            }
        });
        matches.setOnKeyPressed(e -> {
            T item = matches.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && item != null) {
                model.pick(item);
                field.requestFocus();
                field.end();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                model.dismiss();
                field.requestFocus();
                e.consume();
            }
        });

        PauseTransition typing = new PauseTransition(Duration.millis(300));
        typing.setOnFinished(e -> {
            if (field.isFocused() && !field.getText().isBlank()) {
                model.search();
            }
        });
        field.textProperty().addListener((obs, was, now) -> {
            if (now == null || now.isBlank()) {
                typing.stop();
                model.dismiss();
            } else {
                typing.playFromStart();
            }
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                typing.stop();
                if (model.matches().isEmpty()) {
                    model.search();
                } else {
                    model.pick(model.matches().get(0));
                    field.end();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !model.matches().isEmpty()) {
                matches.requestFocus();
                matches.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !model.matches().isEmpty()) {
                model.dismiss();
                e.consume();
            }
        });
        getChildren().addAll(top, matches);
    }

    /** The search box, e.g. to notice when the user leaves it. */
    public TextField field() {
        return field;
    }
}
