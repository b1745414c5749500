package org.liaisondesk.app;

import java.awt.Desktop;
import javafx.application.Platform;
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
import org.liaisondesk.audit.ui.AuditView;
import org.liaisondesk.audit.ui.AuditViewModel;
import org.liaisondesk.backup.ui.BackupView;
import org.liaisondesk.backup.ui.BackupViewModel;
import org.liaisondesk.exchange.imports.model.ImportKind;
import org.liaisondesk.exchange.imports.ui.ImportDialog;
import org.liaisondesk.exchange.ui.BundleView;
import org.liaisondesk.exchange.ui.BundleViewModel;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.task.FxBackgroundExecutor;
import org.liaisondesk.common.ui.DialogService;
import org.liaisondesk.common.ui.ErrorText;
import org.liaisondesk.common.ui.FxDialogService;
import org.liaisondesk.common.ui.NoticeBar;
import org.liaisondesk.common.ui.ViewLoader;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.function.BiConsumer;
import javafx.stage.Window;
import org.liaisondesk.documents.ui.BatchDocumentsDialog;
import org.liaisondesk.documents.ui.DocumentSettingsView;
import org.liaisondesk.documents.ui.DocumentSettingsViewModel;
import org.liaisondesk.documents.ui.FileOpener;
import org.liaisondesk.documents.ui.GenerateDocumentDialog;
import org.liaisondesk.documents.ui.GenerationContext;
import org.liaisondesk.documents.ui.TemplatesView;
import org.liaisondesk.documents.ui.TemplatesViewModel;
import org.liaisondesk.desk.ui.DeskView;
import org.liaisondesk.desk.ui.DeskViewModel;
import org.liaisondesk.holidays.ui.HolidayCalendarView;
import org.liaisondesk.holidays.ui.HolidayCalendarViewModel;
import org.liaisondesk.ladder.ui.LadderSettingsView;
import org.liaisondesk.ladder.ui.LadderSettingsViewModel;
import org.liaisondesk.ladder.ui.NumberRegisterView;
import org.liaisondesk.ladder.ui.NumberRegisterViewModel;
import org.liaisondesk.ladder.ui.RecommendationEditor;
import org.liaisondesk.ladder.ui.RecommendationListView;
import org.liaisondesk.ladder.ui.RecommendationListViewModel;
import org.liaisondesk.ladder.ui.RecommendationPage;
import org.liaisondesk.ladder.ui.SuggestionsView;
import org.liaisondesk.ladder.ui.SuggestionsViewModel;
import org.liaisondesk.register.cases.ui.MatterEditorOpener;
import org.liaisondesk.register.cases.ui.MatterListView;
import org.liaisondesk.register.cases.ui.MatterListViewModel;
import org.liaisondesk.register.leads.ui.LeadEditorOpener;
import org.liaisondesk.register.leads.ui.LeadListView;
import org.liaisondesk.register.leads.ui.LeadListViewModel;
import org.liaisondesk.register.roster.ui.RosterView;
import org.liaisondesk.register.roster.ui.RosterViewModel;
import org.liaisondesk.register.visits.ui.VisitEditorOpener;
import org.liaisondesk.register.visits.ui.VisitListView;
import org.liaisondesk.register.visits.ui.VisitListViewModel;
import org.liaisondesk.register.work.ui.WorkEditorOpener;
import org.liaisondesk.register.work.ui.WorkListView;
import org.liaisondesk.register.work.ui.WorkListViewModel;
import org.liaisondesk.search.ui.GlobalSearchView;
import org.liaisondesk.search.ui.GlobalSearchViewModel;
import org.liaisondesk.settings.ui.SettingsView;
import org.liaisondesk.settings.ui.SettingsViewModel;
import org.liaisondesk.workload.ui.KeyFiguresView;
import org.liaisondesk.workload.ui.KeyFiguresViewModel;
import org.liaisondesk.workload.ui.StatisticsContext;
import org.liaisondesk.workload.ui.StatisticsSettingsView;
import org.liaisondesk.workload.ui.StatisticsSettingsViewModel;
import org.liaisondesk.workload.ui.StatisticsView;
import org.liaisondesk.workload.ui.StatisticsViewModel;

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

    private final BackupViewModel.Restorer restorer;
    private final Runnable showReopenedRegister;

    /** A window whose 备份与恢复 tab cannot restore (tests): restoring needs the application, which reopens the register. */
    public MainWindow(AppContext context, FxBackgroundExecutor executor, Stage stage) {
        this(context, executor, stage, backup -> {
            throw new IllegalStateException("restore needs the application");
        }, () -> { });
    }

    public MainWindow(AppContext context, FxBackgroundExecutor executor, Stage stage, BackupViewModel.Restorer restorer,
                      Runnable showReopenedRegister) {
        this.restorer = restorer;
        this.showReopenedRegister = showReopenedRegister;
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
                content.getChildren().setAll(now.root().get());
                now.onShow().run();
            }
        });
    }

    private void buildSections() {
        IntSupplier pageSize = () -> context.settings().getPageSize();
        Supplier<String> userName = () -> context.settings().getUserName();
        SectionTabs bin = new SectionTabs("recycleBin");

        VisitEditorOpener visitOpener = new VisitEditorOpener(context.visits(), context.roster(), executor, dialogs,
                () -> stage, userName, () -> showSection("roster.sectionTitle"));
        visitOpener.setOnRegisterChanged(this::refreshRecordCount);
        LeadEditorOpener leadOpener = new LeadEditorOpener(context.leads(), context.roster(), context.liaisons(), executor,
                dialogs, () -> stage, userName);
        leadOpener.setOnRegisterChanged(this::refreshRecordCount);
        MatterEditorOpener matterOpener = new MatterEditorOpener(context.matters(), context.roster(), context.reference(),
                executor, dialogs, () -> stage, userName);
        matterOpener.setOnRegisterChanged(this::refreshRecordCount);
        WorkEditorOpener workOpener = new WorkEditorOpener(context.work(), context.roster(), context.liaisons(), executor,
                dialogs, () -> stage, userName);
        workOpener.setOnRegisterChanged(this::refreshRecordCount);
        RecommendationEditor recommendationEditor = new RecommendationEditor(context.ladder(), context.recipients(),
                context.matters(), context.leads(), context.roster(), executor, dialogs);
        recommendationEditor.setOnRegisterChanged(this::refreshRecordCount);
        GenerationContext documentsContext = new GenerationContext(context.documents(), context::settings,
                context::updateSettings, executor, dialogs, FileOpener.DESKTOP, context.clock());
        BiConsumer<Window, Long> writeDocument = (window, id) -> GenerateDocumentDialog.show(window, id, documentsContext);
        BiConsumer<Window, List<Long>> writeDocuments = (window, ids) -> BatchDocumentsDialog.show(window, ids,
                documentsContext);
        RecommendationPage recommendationPage = new RecommendationPage(context.ladder(), executor, dialogs,
                (window, id) -> recommendationEditor.openExisting(window, id, saved -> { }), writeDocument);
        // After a step or edit on the page, the section behind it (desk, list, register) shows the new state.
        BiConsumer<Window, Long> openRecommendation = (window, id) -> recommendationPage.open(window, id,
                this::refreshCurrent);

        DeskView deskView = new DeskView(new DeskViewModel(context.desk(), executor, dialogs, openRecommendation,
                (window, id) -> leadOpener.open(id, this::refreshCurrent),
                (window, id) -> visitOpener.open(id, this::refreshCurrent)));
        SuggestionsView deskSuggestions = new SuggestionsView(
                new SuggestionsViewModel(context.suggestions(), executor, dialogs, openRecommendation));
        deskView.setSuggestions(deskSuggestions.root());
        KeyFiguresView keyFigures = new KeyFiguresView(new KeyFiguresViewModel(context.statistics(), context::settings,
                executor, () -> showSection("workload.view.title")));
        deskView.setKeyFigures(keyFigures.root());
        sections.add(new Section("desk.title", deskView::root, () -> {
            deskView.show();
            deskSuggestions.show();
            keyFigures.show();
        }, Section.NOTHING, Section.NOTHING));

        Lazy<VisitListView> visitView = new Lazy<>(() -> new VisitListView(visitList(false), visitOpener));
        sections.add(new Section("visits.title", () -> visitView.get().root(), () -> visitView.get().show(),
                () -> visitView.get().onNew(), () -> visitView.get().focusSearch()));
        Lazy<VisitListView> visitBin = new Lazy<>(() -> new VisitListView(visitList(true), visitOpener));
        bin.add("search.kind.VISIT", () -> visitBin.get().root(), () -> visitBin.get().show());

        Lazy<LeadListView> leadView = new Lazy<>(() -> new LeadListView(leadList(false), leadOpener));
        sections.add(new Section("leads.title", () -> leadView.get().root(), () -> leadView.get().show(),
                () -> leadView.get().onNew(), () -> leadView.get().focusSearch()));
        Lazy<LeadListView> leadBin = new Lazy<>(() -> new LeadListView(leadList(true), leadOpener));
        bin.add("search.kind.LEAD", () -> leadBin.get().root(), () -> leadBin.get().show());

        Lazy<MatterListView> matterView = new Lazy<>(() -> new MatterListView(matterList(false), matterOpener));
        sections.add(new Section("cases.title", () -> matterView.get().root(), () -> matterView.get().show(),
                () -> matterView.get().onNew(), () -> matterView.get().focusSearch()));
        Lazy<MatterListView> matterBin = new Lazy<>(() -> new MatterListView(matterList(true), matterOpener));
        bin.add("search.kind.MATTER", () -> matterBin.get().root(), () -> matterBin.get().show());

        Lazy<RecommendationListView> recommendationView = new Lazy<>(() -> {
            RecommendationListViewModel recommendationModel = new RecommendationListViewModel(context.ladder(),
                    context.recipients(), executor, dialogs, pageSize,
                    () -> context.settings().getLadder().getDueSoonDays());
            recommendationModel.setOnRegisterChanged(this::refreshRecordCount);
            return new RecommendationListView(recommendationModel, recommendationEditor, openRecommendation,
                    writeDocuments);
        });
        Lazy<SuggestionsView> suggestionsView = new Lazy<>(() -> new SuggestionsView(
                new SuggestionsViewModel(context.suggestions(), executor, dialogs, openRecommendation)));
        Lazy<NumberRegisterView> numberRegister = new Lazy<>(() -> new NumberRegisterView(
                new NumberRegisterViewModel(context.ladder(), context::settings, executor, dialogs, openRecommendation)));
        Lazy<TemplatesView> templatesView = new Lazy<>(() -> new TemplatesView(
                new TemplatesViewModel(context.templates(), executor, dialogs)));
        SectionTabs ladderTabs = new SectionTabs("ladderTabs");
        ladderTabs.add("ladder.section.documents", () -> recommendationView.get().root(),
                () -> recommendationView.get().show());
        ladderTabs.add("ladder.section.suggestions", () -> suggestionsView.get().root(),
                () -> suggestionsView.get().show());
        ladderTabs.add("ladder.numbers.title", () -> numberRegister.get().root(), () -> numberRegister.get().show());
        ladderTabs.add("documents.templates.title", () -> templatesView.get().root(), () -> templatesView.get().show());
        sections.add(new Section("ladder.section.title", ladderTabs::root, ladderTabs::show, () -> {
            ladderTabs.select(0);
            recommendationView.get().onNew();
        }, () -> recommendationView.get().focusSearch()));

        Lazy<WorkListView> workView = new Lazy<>(() -> new WorkListView(workList(false), workOpener));
        sections.add(new Section("work.title", () -> workView.get().root(), () -> workView.get().show(),
                () -> workView.get().onNew(), () -> workView.get().focusSearch()));
        Lazy<WorkListView> workBin = new Lazy<>(() -> new WorkListView(workList(true), workOpener));
        bin.add("search.kind.WORK", () -> workBin.get().root(), () -> workBin.get().show());

        StatisticsContext statisticsContext = new StatisticsContext(context.statistics(), context.charts(),
                context.meetingPacks(), context.roster(), context::settings, context::updateSettings, executor, dialogs,
                FileOpener.DESKTOP);
        Lazy<StatisticsView> statisticsView = new Lazy<>(() -> new StatisticsView(
                new StatisticsViewModel(statisticsContext, Platform::runLater),
                (kind, id) -> {
                    switch (kind) {
                        case VISIT -> visitOpener.open(id, this::refreshCurrent);
                        case LEAD -> leadOpener.open(id, this::refreshCurrent);
                        case MATTER -> matterOpener.open(id, this::refreshCurrent);
                        case WORK -> workOpener.open(id, null, this::refreshCurrent);
                        case RECOMMENDATION -> openRecommendation.accept(stage, id);
                    }
                }));
        sections.add(new Section("workload.view.title", () -> statisticsView.get().root(),
                () -> statisticsView.get().show(), Section.NOTHING, Section.NOTHING));

        Lazy<RosterView> rosterView = new Lazy<>(() -> new RosterView(new RosterViewModel(context.roster(),
                context.liaisons(), context.recipients(), context.reference(), executor, dialogs, pageSize), stage));
        sections.add(new Section("roster.sectionTitle", () -> rosterView.get().root(), () -> rosterView.get().show(),
                () -> rosterView.get().onNew(), () -> rosterView.get().focusSearch()));

        Lazy<GlobalSearchView> searchView = new Lazy<>(() -> new GlobalSearchView(
                new GlobalSearchViewModel(context.search(), executor, dialogs), (kind, id) -> {
                    switch (kind) {
                        case VISIT -> visitOpener.open(id, () -> { });
                        case LEAD -> leadOpener.open(id, () -> { });
                        case MATTER -> matterOpener.open(id, () -> { });
                        case WORK -> workOpener.open(id, null, () -> { });
                        case RECOMMENDATION -> openRecommendation.accept(stage, id);
                        default -> dialogs.showInfo(Messages.tr("search.title"), Messages.tr("search.cannotOpen"));
                    }
                }));
        globalSearch = new Section("search.title", () -> searchView.get().root(), () -> searchView.get().show(),
                Section.NOTHING, () -> searchView.get().focusSearch());
        sections.add(globalSearch);

        sections.add(new Section("app.recycleBin.title", bin::root, bin::show, Section.NOTHING, Section.NOTHING));

        Lazy<SettingsView> settingsView = new Lazy<>(() -> new SettingsView(new SettingsViewModel(context.settings(),
                context::updateSettings, context.folder().root(), executor, dialogs)));
        Lazy<LadderSettingsView> ladderSettings = new Lazy<>(() -> new LadderSettingsView(new LadderSettingsViewModel(
                context::settings, context::updateSettings, context.ladder(), executor, dialogs)));
        Lazy<HolidayCalendarView> holidayView = new Lazy<>(() -> new HolidayCalendarView(
                new HolidayCalendarViewModel(context.holidays(), executor, dialogs)));
        Lazy<DocumentSettingsView> documentSettings = new Lazy<>(() -> new DocumentSettingsView(
                new DocumentSettingsViewModel(context::settings, context::updateSettings, context.templates(), executor,
                        dialogs)));
        Lazy<StatisticsSettingsView> statisticsSettings = new Lazy<>(() -> new StatisticsSettingsView(
                new StatisticsSettingsViewModel(context::settings, context::updateSettings, executor, dialogs)));
        Lazy<BackupView> backupView = new Lazy<>(() -> new BackupView(new BackupViewModel(context.backups(), executor,
                dialogs, FileOpener.DESKTOP, restorer, showReopenedRegister)));
        Lazy<BundleView> bundleView = new Lazy<>(() -> new BundleView(new BundleViewModel(context.bundles(), executor,
                dialogs)));
        Lazy<AuditView> auditView = new Lazy<>(() -> new AuditView(new AuditViewModel(context.auditTrail(), executor,
                dialogs)));
        SectionTabs settingsTabs = new SectionTabs("settingsTabs");
        settingsTabs.add("settings.tab.general", () -> settingsView.get().root(), () -> settingsView.get().show());
        settingsTabs.add("settings.tab.ladder", () -> ladderSettings.get().root(), () -> ladderSettings.get().show());
        settingsTabs.add("holidays.title", () -> holidayView.get().root(), () -> holidayView.get().show());
        settingsTabs.add("documents.settings.title", () -> documentSettings.get().root(),
                () -> documentSettings.get().show());
        settingsTabs.add("workload.settings.title", () -> statisticsSettings.get().root(),
                () -> statisticsSettings.get().show());
        settingsTabs.add("backup.title", () -> backupView.get().root(), () -> backupView.get().show());
        settingsTabs.add("exchange.ui.title", () -> bundleView.get().root(), () -> { });
        settingsTabs.add("audit.title", () -> auditView.get().root(), () -> auditView.get().show());
        sections.add(new Section("settings.title", settingsTabs::root, settingsTabs::show, Section.NOTHING,
                Section.NOTHING));

        navigation.getItems().setAll(sections);
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            MenuItem item = new MenuItem(Messages.tr(s.titleKey()));
            if (s.titleKey().equals("settings.title")) {
                // Settings keep the shortcut desktop programs use for them, wherever the section sits.
                item.setAccelerator(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN));
            } else if (i < 10) {
                // Ctrl+1 … Ctrl+9, then Ctrl+0 for the tenth section.
                item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(String.valueOf((i + 1) % 10)),
                        KeyCombination.SHORTCUT_DOWN));
            }
            item.setOnAction(e -> navigation.getSelectionModel().select(s));
            viewMenu.getItems().add(item);
        }
    }

    private VisitListViewModel visitList(boolean recycleBin) {
        VisitListViewModel m = new VisitListViewModel(context.visits(), context.roster(), executor, dialogs,
                () -> context.settings().getPageSize(), recycleBin);
        m.setOnRegisterChanged(this::refreshRecordCount);
        return m;
    }

    private LeadListViewModel leadList(boolean recycleBin) {
        LeadListViewModel m = new LeadListViewModel(context.leads(), context.roster(), executor, dialogs,
                () -> context.settings().getPageSize(), recycleBin);
        m.setOnRegisterChanged(this::refreshRecordCount);
        return m;
    }

    private MatterListViewModel matterList(boolean recycleBin) {
        MatterListViewModel m = new MatterListViewModel(context.matters(), context.roster(), context.reference(), executor,
                dialogs, () -> context.settings().getPageSize(), recycleBin);
        m.setOnRegisterChanged(this::refreshRecordCount);
        return m;
    }

    private WorkListViewModel workList(boolean recycleBin) {
        WorkListViewModel m = new WorkListViewModel(context.work(), context.roster(), executor, dialogs,
                () -> context.settings().getPageSize(), recycleBin);
        m.setOnRegisterChanged(this::refreshRecordCount);
        return m;
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
        executor.run(() -> new long[] {context.visits().countLive(), context.leads().countLive(),
                        context.matters().countLive(), context.work().countLive()},
                n -> recordCountLabel.setText(Messages.tr("app.status.records", n[0], n[1], n[2], n[3])),
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

    /** 文件 → 从 Excel 导入… (Ctrl+I): the kind of the list on screen, else visits. */
    @FXML
    private void onImport() {
        Section s = current();
        String title = s == null ? "" : s.titleKey();
        ImportKind kind = switch (title) {
            case "leads.title" -> ImportKind.LEADS;
            case "cases.title" -> ImportKind.CASES;
            case "work.title" -> ImportKind.WORK;
            case "roster.sectionTitle" -> ImportKind.ROSTER;
            default -> ImportKind.VISITS;
        };
        ImportDialog.open(stage, kind, context.imports(), executor, dialogs, () -> {
            refreshCurrent();
            refreshRecordCount();
        });
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
