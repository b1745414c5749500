package org.liaisondesk.ladder.ui;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.Labels;
import org.liaisondesk.common.ui.ListTables;
import org.liaisondesk.common.ui.ViewLoader;
import org.liaisondesk.ladder.model.RecipientRef;
import org.liaisondesk.ladder.model.SuggestionRule;

/**
 * The escalation suggestions (升级提示): one card per suggestion with its rule, what it would draft and for whom,
 * the reason in plain words, its evidence (expandable) and the buttons 采纳（生成草稿） and 不采纳…; and, behind a
 * toggle, the dismissed suggestions with their reasons, which can be taken back. Thin: state and work are in
 * {@link SuggestionsViewModel}.
 */
public final class SuggestionsView {
    private static final int EVIDENCE_AS_LABELS = 30;
    private static final double EVIDENCE_LIST_HEIGHT = 320;
    private final SuggestionsViewModel model;
    private final Parent root;

    @FXML private Label summaryLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private ComboBox<SuggestionRule> ruleBox;
    @FXML private ToggleButton dismissedToggle;
    @FXML private Button refreshButton;
    @FXML private ListView<SuggestionItem> suggestionList;
    @FXML private VBox dismissedPane;
    @FXML private TableView<SuggestionDismissalItem> dismissedTable;
    @FXML private TableColumn<SuggestionDismissalItem, String> dismissedRuleColumn;
    @FXML private TableColumn<SuggestionDismissalItem, String> dismissedOnColumn;
    @FXML private TableColumn<SuggestionDismissalItem, String> dismissedUserColumn;
    @FXML private TableColumn<SuggestionDismissalItem, String> dismissedReasonColumn;
    @FXML private TableColumn<SuggestionDismissalItem, String> dismissedEvidenceColumn;
    @FXML private Button restoreButton;

    public SuggestionsView(SuggestionsViewModel model) {
        this.model = model;
        this.root = ViewLoader.load(this, "/org/liaisondesk/ladder/ui/SuggestionsView.fxml");
        root.getStylesheets().add(SuggestionsView.class.getResource("suggestions.css").toExternalForm());
    }

    public Node root() {
        return root;
    }

    /** Works the suggestions out again; called when the section is shown. */
    public void show() {
        model.refresh();
    }

    @FXML
    private void initialize() {
        summaryLabel.textProperty().bind(model.summaryProperty());
        busyIndicator.visibleProperty().bind(model.busyProperty());
        ruleBox.setItems(ListTables.withAll(FXCollections.observableArrayList(SuggestionRule.values())));
        ruleBox.setConverter(Labels.keyed(SuggestionRule::messageKey, Messages.tr("common.all")));
        ruleBox.valueProperty().bindBidirectional(model.ruleFilterProperty());

        suggestionList.setId("suggestionList");
        suggestionList.itemsProperty().bind(model.itemsProperty());
        suggestionList.setCellFactory(list -> new CardCell());

        dismissedToggle.selectedProperty().bindBidirectional(model.showingDismissedProperty());
        dismissedPane.visibleProperty().bind(model.showingDismissedProperty());
        dismissedPane.managedProperty().bind(model.showingDismissedProperty());
        suggestionList.visibleProperty().bind(model.showingDismissedProperty().not());
        suggestionList.managedProperty().bind(model.showingDismissedProperty().not());
        ruleBox.disableProperty().bind(model.showingDismissedProperty());

        dismissedTable.setItems(model.dismissals());
        ListTables.text(dismissedRuleColumn, SuggestionDismissalItem::rule);
        ListTables.text(dismissedOnColumn, SuggestionDismissalItem::dismissedOn);
        ListTables.text(dismissedUserColumn, SuggestionDismissalItem::user);
        ListTables.text(dismissedReasonColumn, SuggestionDismissalItem::reason);
        ListTables.text(dismissedEvidenceColumn, SuggestionDismissalItem::evidence);
        restoreButton.disableProperty().bind(dismissedTable.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        refreshButton.disableProperty().bind(model.busyProperty());
    }

    @FXML
    private void onRefresh() {
        model.refresh();
    }

    @FXML
    private void onRestore() {
        SuggestionDismissalItem item = dismissedTable.getSelectionModel().getSelectedItem();
        if (item != null) {
            model.restore(item);
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private void onAccept(SuggestionItem item) {
        if (!item.needsRecipient()) {
            model.accept(item, null, window());
            return;
        }
        model.loadRecipientChoices(choices -> {
            Optional<RecipientRef> picked = SuggestionDialogs.chooseRecipient(window(), item, choices);
            picked.ifPresent(r -> model.accept(item, r.id(), window()));
        });
    }

    private void onDismiss(SuggestionItem item) {
        SuggestionDialogs.askReason(window(), item, model::reasonProblem)
                .ifPresent(reason -> model.dismiss(item, reason));
    }

    /** One suggestion as a card. */
    private final class CardCell extends ListCell<SuggestionItem> {
        @Override
        protected void updateItem(SuggestionItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : card(item, getListView()));
        }
    }

    /** Up to {@link #EVIDENCE_AS_LABELS} lines as wrapped labels; more in a list that makes only the rows it shows. */
    private static Node evidenceLines(List<String> evidence) {
        if (evidence.size() <= EVIDENCE_AS_LABELS) {
            VBox lines = new VBox();
            lines.getStyleClass().add("suggestion-evidence");
            for (String line : evidence) {
                Label l = new Label(line);
                l.setWrapText(true);
                lines.getChildren().add(l);
            }
            return lines;
        }
        ListView<String> lines = new ListView<>(FXCollections.observableArrayList(evidence));
        lines.getStyleClass().add("suggestion-evidence");
        lines.setPrefHeight(EVIDENCE_LIST_HEIGHT);
        lines.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        return lines;
    }

    private Node card(SuggestionItem item, ListView<SuggestionItem> list) {
        Label rule = new Label(item.rule());
        rule.getStyleClass().addAll("suggestion-rule", "suggestion-rule-" + item.suggestion().rule().name());
        Label target = new Label(item.target());
        target.getStyleClass().add("suggestion-target");
        target.setWrapText(true);
        HBox head = new HBox(rule, target);
        head.getStyleClass().add("toolbar-row");

        Label reason = new Label(item.reason());
        reason.getStyleClass().add("suggestion-reason");
        reason.setWrapText(true);

        String evidenceTitle = Messages.tr("ladder.suggest.evidenceTitle", item.evidence().size());
        TitledPane evidence = new TitledPane(evidenceTitle, null);
        evidence.setExpanded(false);
        evidence.setAnimated(false);
        evidence.getStyleClass().add("suggestion-evidence-pane");
        // A class-case suggestion can rest on hundreds of records: the lines are made when the pane is first opened.
        evidence.expandedProperty().addListener((obs, was, open) -> {
            if (open && evidence.getContent() == null) {
                evidence.setContent(evidenceLines(item.evidence()));
            }
        });

        Button accept = new Button(item.acceptLabel());
        accept.getStyleClass().add("suggestion-accept");
        accept.setOnAction(e -> onAccept(item));
        Button dismiss = new Button(Messages.tr("ladder.suggest.dismiss"));
        dismiss.getStyleClass().add("suggestion-dismiss");
        dismiss.setOnAction(e -> onDismiss(item));
        accept.disableProperty().bind(model.busyProperty());
        dismiss.disableProperty().bind(model.busyProperty());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox buttons = new HBox(grow, accept, dismiss);
        buttons.getStyleClass().add("toolbar-row");

        VBox card = new VBox(head, reason, evidence, buttons);
        card.getStyleClass().add("suggestion-card");
        // Wrap the text to the list's width instead of widening the list.
        card.maxWidthProperty().bind(list.widthProperty().subtract(list.getInsets().getLeft() + 30));
        card.prefWidthProperty().bind(card.maxWidthProperty());
        List.of(target, reason).forEach(l -> l.setMaxWidth(Double.MAX_VALUE));
        return card;
    }
}
