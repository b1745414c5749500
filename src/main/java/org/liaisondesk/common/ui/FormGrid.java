package org.liaisondesk.common.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.liaisondesk.common.i18n.Messages;

/**
 * A two-column form (label, control) whose fields show their problems inline, in red under the control,
 * from a view model's map of field name to message. Every form of the application is built with it, so
 * they all look and behave alike: required fields carry a red star, a field's problem appears once the
 * user leaves it. Each control gets the field name as its id (handy for tests: {@code #visitorIdNumber}).
 */
public final class FormGrid extends GridPane {
    private final ObservableMap<String, String> errors;
    private final Consumer<String> onLeave;
    private final Map<String, Label> errorLabels = new LinkedHashMap<>();
    private final Map<String, Node> controls = new LinkedHashMap<>();
    private int row;

    public FormGrid(ObservableMap<String, String> errors, Consumer<String> onLeave) {
        this.errors = errors;
        this.onLeave = onLeave;
        getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        getColumnConstraints().addAll(labels, fields);
        errors.addListener((MapChangeListener<String, String>) change -> refresh(change.getKey()));
    }

    /** A heading across both columns. Returns it so the caller can hide it with its fields. */
    public Label section(String titleKey) {
        Label title = new Label(Messages.tr(titleKey));
        title.getStyleClass().add("form-section-title");
        GridPane.setHalignment(title, HPos.LEFT);
        add(title, 0, row++, 2, 1);
        return title;
    }

    /** A field labelled with {@code field.<name>} from the bundle. */
    public <C extends Node> C field(String name, boolean required, C control) {
        return field(name, "field." + name, required, control);
    }

    public <C extends Node> C field(String name, String labelKey, boolean required, C control) {
        Label label = new Label(Messages.tr(labelKey) + (required ? " *" : ""));
        label.setLabelFor(control);
        label.setMinWidth(USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        label.setStyle("-fx-padding: 0.3em 0 0 0;");
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(USE_PREF_SIZE);
        error.setManaged(false);
        error.setVisible(false);
        VBox cell = new VBox(2, control, error);
        control.setId(name);
        control.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                scrollIntoView(cell);
            } else {
                onLeave.accept(name);
            }
        });
        add(label, 0, row);
        add(cell, 1, row++);
        errorLabels.put(name, error);
        controls.put(name, control);
        refresh(name);
        return control;
    }

    /** When the form sits in a scroll pane, brings a field that got the focus (by Tab) into sight. */
    private void scrollIntoView(Node cell) {
        for (Node p = getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane scroll) {
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                if (contentHeight <= viewport) {
                    return;
                }
                javafx.geometry.Bounds b = scroll.getContent().sceneToLocal(cell.localToScene(cell.getBoundsInLocal()));
                double top = scroll.getVvalue() * (contentHeight - viewport);
                if (b.getMinY() < top) {
                    scroll.setVvalue(b.getMinY() / (contentHeight - viewport));
                } else if (b.getMaxY() > top + viewport) {
                    scroll.setVvalue(Math.min(1, (b.getMaxY() - viewport) / (contentHeight - viewport)));
                }
                return;
            }
        }
    }

    /** Any node across both columns (a hint, a computed value). */
    public <N extends Node> N wide(N node) {
        GridPane.setHalignment(node, HPos.LEFT);
        add(node, 0, row++, 2, 1);
        return node;
    }

    /** Shows or hides a field together with its label. */
    public void setFieldVisible(String name, boolean visible) {
        Node control = controls.get(name);
        for (Node n : getChildren()) {
            if (n instanceof Label l && l.getLabelFor() == control || n instanceof VBox v && v.getChildren().contains(control)) {
                n.setVisible(visible);
                n.setManaged(visible);
            }
        }
    }

    public Node control(String name) {
        return controls.get(name);
    }

    private void refresh(String name) {
        Label error = errorLabels.get(name);
        if (error == null) {
            return;
        }
        String message = errors.get(name);
        boolean show = message != null && !message.isEmpty();
        error.setText(show ? message : "");
        error.setVisible(show);
        error.setManaged(show);
        Node control = controls.get(name);
        control.getStyleClass().remove("invalid");
        if (show) {
            control.getStyleClass().add("invalid");
        }
    }
}
