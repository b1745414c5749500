package org.liaisondesk.workload.ui;

import org.liaisondesk.common.ui.SettingsPage;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.beans.property.ObjectProperty;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.settings.model.StatisticsSettings.AdoptionRateBase;
import org.liaisondesk.settings.model.StatisticsSettings.ReplyRateBase;

/**
 * The 统计口径 settings tab: the reply rate's and the adoption rate's denominators as radio buttons, each with what it
 * means and the formula in force. 保存 or Ctrl+S saves; the next computation uses them.
 */
public final class StatisticsSettingsView {

    private final StatisticsSettingsViewModel model;
    private final VBox root = new VBox();
    private final ToggleGroup reply = new ToggleGroup();

    public StatisticsSettingsView(StatisticsSettingsViewModel model) {
        this.model = model;
        root.getStyleClass().add("section");
        Label title = new Label(Messages.tr("workload.settings.title"));
        title.getStyleClass().add("section-title");
        Label intro = hint(Messages.tr("workload.settings.intro"));

        VBox replyBox = group("workload.settings.reply", reply, model.replyBaseProperty(), ReplyRateBase.values(),
                "workload.settings.reply.", model.replyFormulaProperty());
        VBox adoptionBox = group("workload.settings.adoption", new ToggleGroup(), model.adoptionBaseProperty(),
                AdoptionRateBase.values(), "workload.settings.adoption.", model.adoptionFormulaProperty());

        Button save = new Button(Messages.tr("common.save"));
        save.setId("saveStatisticsSettingsButton");
        save.setTooltip(new Tooltip(Messages.tr("workload.settings.save.tooltip")));
        save.disableProperty().bind(model.savingProperty());
        save.setOnAction(e -> model.save());
        HBox buttons = new HBox(save);
        buttons.getStyleClass().add("toolbar-row");

        VBox content = new VBox(14, intro, replyBox, adoptionBox, buttons);
        content.setStyle("-fx-max-width: 52em; -fx-padding: 0.5em;");
        SettingsPage.frame(root, title, content, () -> model.save());
    }

    public Node root() {
        return root;
    }

    /** Called when the tab is shown: the values in force now, unless the choices are not saved yet. */
    public void show() {
        model.reload();
        if (reply.getSelectedToggle() instanceof RadioButton selected) {
            selected.requestFocus();
        }
    }

    /** A heading, one radio button per choice with its explanation under it, and the formula in force. */
    private static <E extends Enum<E>> VBox group(String headingKey, ToggleGroup toggles, ObjectProperty<E> value,
                                                  E[] choices, String keyPrefix,
                                                  javafx.beans.value.ObservableStringValue formula) {
        Label heading = new Label(Messages.tr(headingKey));
        heading.getStyleClass().add("form-section-title");
        VBox box = new VBox(6, heading);
        for (E choice : choices) {
            RadioButton radio = new RadioButton(Messages.tr(keyPrefix + choice.name()));
            radio.setId(keyPrefix.replace('.', '-') + choice.name());
            radio.setToggleGroup(toggles);
            radio.setUserData(choice);
            radio.setSelected(choice == value.get());
            Label explanation = hint(Messages.tr(keyPrefix + choice.name() + ".hint"));
            explanation.setStyle("-fx-padding: 0 0 0 1.9em;");
            box.getChildren().addAll(radio, explanation);
        }
        toggles.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                @SuppressWarnings("unchecked")
                E chosen = (E) now.getUserData();
                value.set(chosen);
            }
        });
        value.addListener((obs, was, now) -> toggles.getToggles().stream()
                .filter(t -> t.getUserData() == now).findFirst().ifPresent(toggles::selectToggle));
        Label inForce = new Label();
        inForce.setId(keyPrefix.replace('.', '-') + "formula");
        inForce.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> Messages.tr("workload.settings.inForce", formula.get()), formula));
        inForce.setStyle("-fx-font-weight: bold;");
        box.getChildren().add(inForce);
        return box;
    }

    private static Label hint(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        return l;
    }
}
