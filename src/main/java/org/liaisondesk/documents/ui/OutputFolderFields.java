package org.liaisondesk.documents.ui;

import java.io.File;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.ui.FormGrid;

/** The 保存到 row (the folder, typed or chosen with 选择…) and the 覆盖同名文件 box of both generate dialogs. */
final class OutputFolderFields {
    private OutputFolderFields() {
    }

    static void addTo(FormGrid form, OutputFolder output, Supplier<Window> owner) {
        TextField folder = new TextField();
        folder.setId("outputFolderField");
        folder.setPrefColumnCount(28);
        folder.textProperty().bindBidirectional(output.folderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(Messages.tr("documents.folder.choose"));
        choose.setId("chooseFolderButton");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(Messages.tr("documents.folder.chooseTitle"));
            // The chooser refuses (on Windows, throws) an initial folder that does not exist.
            File current = folder.getText() == null || folder.getText().isBlank() ? null : new File(folder.getText().strip());
            if (current != null && current.isDirectory()) {
                chooser.setInitialDirectory(current);
            }
            File picked = chooser.showDialog(owner.get());
            if (picked != null) {
                output.folderProperty().set(picked.getAbsolutePath());
            }
        });
        HBox row = new HBox(8, folder, choose);
        row.setAlignment(Pos.CENTER_LEFT);
        form.field("outputFolder", "documents.field.outputFolder", true, row);

        CheckBox overwrite = new CheckBox(Messages.tr("documents.field.overwrite"));
        overwrite.setId("overwriteBox");
        overwrite.selectedProperty().bindBidirectional(output.overwriteProperty());
        overwrite.setTooltip(new Tooltip(Messages.tr("documents.field.overwrite.tooltip")));
        form.wide(overwrite);
        GridPane.setColumnIndex(overwrite, 1);
        GridPane.setColumnSpan(overwrite, 1);
    }
}
