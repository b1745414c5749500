package org.liaisondesk.exchange.imports.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.Theme;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.ui.ImportViewModel.Phase;
import org.liaisondesk.register.roster.model.Prosecutor;
import org.liaisondesk.register.roster.model.Station;
import org.liaisondesk.register.roster.model.StationKind;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.testsupport.TestRegister;

/**
 * Shows the import dialog alone over a 1280x800 window, for a screenshot: {@code mapping} (a column not recognised)
 * or {@code report} (corrected and checked: a bad row and a possible duplicate) or {@code progress} (a 100,000-row
 * sheet being checked, then imported). Run with the test class path.
 */
public final class ImportDialogPreview {
    private ImportDialogPreview() {
    }

    /** Not an Application itself, so that a class-path launch finds the JavaFX runtime. */
    public static void main(String[] args) {
        Application.launch(Show.class, args);
    }

    public static final class Show extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            boolean report = !getParameters().getRaw().contains("mapping");
            Path dir = Files.createTempDirectory("import-preview");
            AppContext context = AppContext.open(DataFolder.at(dir.resolve("data")), TestRegister.CLOCK);
            Messages.use(Messages.CHINESE);
            Station station = context.roster().save(Station.draft("城关联络站", StationKind.VILLAGE));
            context.roster().save(Prosecutor.draft("李检察官", station.id()));
            Path chosen = ImportSheets.xlsx(dir.resolve("2024年城关联络站来访登记.xlsx"),
                    List.of("来访日期", "站点", "接访民警", "来访形式", "类型", "姓名", "身份证号", "来访事由", "备用列"), List.of(
                            List.of("2024-10-11", "城关联络站", "李检察官", "来访", "咨询", "张三", "", "咨询劳动报酬追讨途径"),
                            List.of("2024-10-12", "城关联络站", "李检察官", "来访", "咨询", "李四", "", "邻里宅基地纠纷"),
                            List.of("2024-10-12", "城关联络站", "李检察官", "来电", "咨询", "李四", "", "邻里宅基地纠纷（续）"),
                            List.of("2024-10-13", "河西联络站", "李检察官", "来访", "咨询", "王五", "", "土地承包"),
                            List.of("2024-02-30", "城关联络站", "李检察官", "来访", "投诉", "赵六", "1.10105E+17", "")));
            Path sheet = getParameters().getRaw().contains("progress") ? largeSheet(dir.resolve("十万行.xlsx"), 100_000)
                    : chosen;
            stage.setScene(new Scene(new StackPane(), 1280, 800));
            Theme.apply(stage.getScene());
            stage.setTitle("LiaisonDesk");
            stage.show();
            FxBackgroundExecutor executor = new FxBackgroundExecutor();
            ImportViewModel model = new ImportViewModel(context.imports(), executor,
                    new org.liaisondesk.testsupport.RecordingDialogs(), Platform::runLater, ImportKind.VISITS, () -> { });
            new ImportDialog(stage, model, new SheetFiles() {
                @Override
                public Optional<Path> openSheet(Window owner) {
                    return Optional.of(sheet);
                }

                @Override
                public Optional<Path> saveWorkbook(Window owner, String title, String fileName) {
                    return Optional.empty();
                }
            }).show();
            model.phaseProperty().addListener((obs, was, now) -> {
                if (report && now == Phase.MAPPING && was == Phase.READING) {
                    model.mapping().stream().filter(r -> r.header().equals("接访民警")).findFirst().ifPresent(r ->
                            r.choiceProperty().set(model.fieldChoices().stream()
                                    .filter(c -> c.field().equals("prosecutorId")).findFirst().orElseThrow()));
                    model.check();
                }
                if (now == Phase.CHECKED && model.canImportAll()) {
                    model.importAll();
                }
            });
            model.chooseFile(sheet);
        }

        /** Visits as a station keeps them, streamed to disk (SXSSF) so the preview can show the progress of a large check. */
        private static Path largeSheet(Path file, int rows) throws java.io.IOException {
            try (org.apache.poi.xssf.streaming.SXSSFWorkbook book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
                 java.io.OutputStream out = Files.newOutputStream(file)) {
                org.apache.poi.ss.usermodel.Sheet s = book.createSheet("登记");
                List<String> headers = List.of("来访日期", "站点", "接访民警", "来访形式", "类型", "姓名", "来访事由");
                org.apache.poi.ss.usermodel.Row head = s.createRow(0);
                for (int i = 0; i < headers.size(); i++) {
                    head.createCell(i).setCellValue(headers.get(i));
                }
                for (int r = 1; r <= rows; r++) {
                    List<String> values = List.of("2024-10-12", "城关联络站", "李检察官", "来访", "咨询", "来访人" + r, "事由" + r);
                    org.apache.poi.ss.usermodel.Row row = s.createRow(r);
                    for (int i = 0; i < values.size(); i++) {
                        row.createCell(i).setCellValue(values.get(i));
                    }
                }
                book.write(out);
                book.dispose();
            }
            return file;
        }
    }
}
