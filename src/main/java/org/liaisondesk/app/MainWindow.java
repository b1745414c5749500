package org.liaisondesk.app;

import java.awt.Desktop;
import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.liaisondesk.app.cli.VersionProvider;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.FxDialogService;
import org.liaisondesk.common.ui.NoticeBar;
import org.liaisondesk.common.ui.ViewLoader;
import org.liaisondesk.register.roster.ui.RosterView;
import org.liaisondesk.register.roster.ui.RosterViewModel;
import org.liaisondesk.register.visits.ui.VisitEditorOpener;
import org.liaisondesk.register.visits.ui.VisitListView;
import org.liaisondesk.register.visits.ui.VisitListViewModel;
import org.liaisondesk.search.model.SearchKind;
import org.liaisondesk.search.ui.GlobalSearchView;
import org.liaisondesk.search.ui.GlobalSearchViewModel;
import org.liaisondesk.settings.ui.SettingsView;
import org.liaisondesk.settings.ui.SettingsViewModel;

/**
 * The main window: the navigation on the left, the current section in the middle, a notice bar for short
 * messages (with 撤销 after a delete), and a status bar with the data folder and the number of records.
 */
public final class MainWindow {
    private final AppContext context;
    private final FxBackgroundExecutor executor;
    private final Stage stage;
    private final Parent root;
    private final NoticeBar noticeBar = new NoticeBar();
    private final DialogService dialogs;
    private final List<Section> sections = new ArrayList<>();
    private Section globalSearch;

    @FXML private Menu viewMenu;
    @FXML private ListView<Section> navigation;
    @FXML private VBox centre;
    @FXML private StackPane content;
    @FXML private Label dataFolderLabel;
    @FXML private Label recordCountLabel;
    @FXML private Label activityLabel;
    @FXML private ProgressIndicator activityIndicator;

    public MainWindow(AppContext context, FxBackgroundExecutor executor, Stage stage) {
        this.context = context;
        this.executor = executor;
        this.stage = stage;
        this.dialogs = new FxDialogService(stage, noticeBar);
        this.root = ViewLoader.load(this, "/org/liaisondesk/app/MainWindow.fxml");
        buildSections();
    }

    public Parent root() {
        return root;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    @FXML
    private void initialize() {
        centre.getChildren().add(0, noticeBar);
        dataFolderLabel.setText(Messages.tr("app.status.dataFolder", context.folder().root()));
        activityIndicator.visibleProperty().bind(executor.runningProperty().greaterThan(0));
        activityLabel.visibleProperty().bind(activityIndicator.visibleProperty());
        activityLabel.setText(Messages.tr("app.status.working"));
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Section item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.tr(item.titleKey()));
            }
        });
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                content.getChildren().setAll(now.root());
                now.onShow().run();
            }
        });
    }

    private void buildSections() {
        VisitEditorOpener opener = new VisitEditorOpener(context.visits(), context.roster(), executor, dialogs,
                () -> stage, () -> context.settings().getUserName(), () -> showSection("roster.title"));
        opener.setOnRegisterChanged(this::refreshRecordCount);

        VisitListViewModel visitModel = new VisitListViewModel(context.visits(), context.roster(), executor, dialogs,
                () -> context.settings().getPageSize(), false);
        visitModel.setOnRegisterChanged(this::refreshRecordCount);
        VisitListView visitView = new VisitListView(visitModel, opener);
        sections.add(new Section("visits.title", visitView.root(), visitView::show, visitView::onNew, visitView::focusSearch));

        VisitListViewModel binModel = new VisitListViewModel(context.visits(), context.roster(), executor, dialogs,
                () -> context.settings().getPageSize(), true);
        binModel.setOnRegisterChanged(this::refreshRecordCount);
        VisitListView binView = new VisitListView(binModel, opener);
        sections.add(new Section("visits.recycleBin.title", binView.root(), binView::show, Section.NOTHING, binView::focusSearch));

        GlobalSearchView searchView = new GlobalSearchView(
                new GlobalSearchViewModel(context.search(), executor, dialogs), (kind, id) -> open(kind, id, opener));
        globalSearch = new Section("search.title", searchView.root(), searchView::show, Section.NOTHING, searchView::focusSearch);
        sections.add(globalSearch);

        RosterViewModel rosterModel = new RosterViewModel(context.roster(), executor, dialogs);
        RosterView rosterView = new RosterView(rosterModel, stage);
        sections.add(new Section("roster.title", rosterView.root(), rosterView::show, rosterView::onNew, Section.NOTHING));

        SettingsViewModel settingsModel = new SettingsViewModel(context.settings(), context::updateSettings,
                context.folder().root(), executor, dialogs);
        SettingsView settingsView = new SettingsView(settingsModel);
        sections.add(new Section("settings.title", settingsView.root(), settingsView::show, Section.NOTHING, Section.NOTHING));

        navigation.getItems().setAll(sections);
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            MenuItem item = new MenuItem(Messages.tr(s.titleKey()));
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf(i + 1)), KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> navigation.getSelectionModel().select(s));
            viewMenu.getItems().add(item);
        }
    }

    /** Opens a record found by the global search in its own editor. */
    private void open(SearchKind kind, long id, VisitEditorOpener visits) {
        switch (kind) {
            case VISIT -> visits.open(id, () -> { });
            default -> dialogs.showInfo(Messages.tr("search.title"), Messages.tr("search.cannotOpen"));
        }
    }

    /** Shows the first section and fills the status bar. */
    public void start() {
        navigation.getSelectionModel().select(0);
        refreshRecordCount();
    }

    public void showSection(String titleKey) {
        sections.stream().filter(s -> s.titleKey().equals(titleKey)).findFirst()
                .ifPresent(s -> navigation.getSelectionModel().select(s));
    }

    /** Re-runs the current section's query (after the demo register was loaded, for instance). */
    public void refreshCurrent() {
        Section current = navigation.getSelectionModel().getSelectedItem();
        if (current != null) {
            current.onShow().run();
        }
        refreshRecordCount();
    }

    public void refreshRecordCount() {
        executor.run(() -> context.visits().countLive(),
                n -> recordCountLabel.setText(Messages.tr("app.status.records", n)),
                e -> recordCountLabel.setText(ErrorText.of(e)));
    }

    public NoticeBar noticeBar() {
        return noticeBar;
    }

    private Section current() {
        return navigation.getSelectionModel().getSelectedItem();
    }

    @FXML
    private void onNew() {
        Section s = current();
        if (s == null || s.onNew() == Section.NOTHING) {
            showSection("visits.title");
            s = current();
        }
        s.onNew().run();
    }

    @FXML
    private void onFind() {
        Section s = current();
        if (s != null) {
            s.onFind().run();
        }
    }

    @FXML
    private void onGlobalSearch() {
        navigation.getSelectionModel().select(globalSearch);
        globalSearch.onFind().run();
    }

    @FXML
    private void onRefresh() {
        refreshCurrent();
    }

    @FXML
    private void onOpenDataFolder() {
        java.io.File folder = context.folder().root().toFile();
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            executor.run(() -> {
                Desktop.getDesktop().open(folder);
                return folder;
            }, f -> { }, e -> dialogs.showInfo(Messages.tr("app.menu.openDataFolder"), folder.getAbsolutePath()));
        } else {
            dialogs.showInfo(Messages.tr("app.menu.openDataFolder"), folder.getAbsolutePath());
        }
    }

    @FXML
    private void onExit() {
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    @FXML
    private void onShortcuts() {
        dialogs.showInfo(Messages.tr("app.menu.shortcuts"), Messages.tr("app.shortcuts"));
    }

    @FXML
    private void onAbout() {
        dialogs.showInfo(Messages.tr("app.menu.about"), Messages.tr("app.about", VersionProvider.version(),
                context.folder().root(), context.database().file()));
    }
}
