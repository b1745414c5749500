package org.liaisondesk.app;

import java.time.Clock;
import java.util.function.Consumer;
import org.liaisondesk.common.i18n.Messages;
import org.liaisondesk.common.i18n.UserFacingException;
import org.liaisondesk.demo.service.DemoRegister;
import org.liaisondesk.desk.service.DeskService;
import org.liaisondesk.documents.data.DocumentSourceRepository;
import org.liaisondesk.documents.service.DocumentService;
import org.liaisondesk.documents.service.PoiTlTemplateRenderer;
import org.liaisondesk.documents.service.TemplateRenderer;
import org.liaisondesk.documents.service.TemplateService;
import org.liaisondesk.documents.service.TemplateStore;
import org.liaisondesk.holidays.data.HolidayEditRepository;
import org.liaisondesk.holidays.service.HolidayService;
import org.liaisondesk.ladder.data.DocumentNumberRepository;
import org.liaisondesk.ladder.data.LadderEventRepository;
import org.liaisondesk.ladder.data.LadderLedger;
import org.liaisondesk.ladder.data.RecommendationRepository;
import org.liaisondesk.ladder.data.SuggestionRepository;
import org.liaisondesk.ladder.service.RecommendationService;
import org.liaisondesk.ladder.service.SuggestionService;
import org.liaisondesk.register.cases.data.MatterRepository;
import org.liaisondesk.register.cases.service.MatterService;
import org.liaisondesk.register.leads.data.LeadRepository;
import org.liaisondesk.register.leads.service.LeadService;
import org.liaisondesk.register.reference.data.ReferenceRepository;
import org.liaisondesk.register.reference.service.ReferenceService;
import org.liaisondesk.register.roster.data.LiaisonRepository;
import org.liaisondesk.register.roster.data.ProsecutorRepository;
import org.liaisondesk.register.roster.data.RecipientRepository;
import org.liaisondesk.register.roster.data.StationRepository;
import org.liaisondesk.register.roster.service.LiaisonService;
import org.liaisondesk.register.roster.service.RecipientService;
import org.liaisondesk.register.roster.service.RosterService;
import org.liaisondesk.register.visits.data.VisitRepository;
import org.liaisondesk.register.visits.service.VisitService;
import org.liaisondesk.register.work.data.WorkRepository;
import org.liaisondesk.register.work.service.WorkService;
import org.liaisondesk.search.data.GlobalSearchRepository;
import org.liaisondesk.search.service.GlobalSearchService;
import org.liaisondesk.settings.data.SettingsStore;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.audit.service.AuditService;
import org.liaisondesk.storage.AuditLog;
import org.liaisondesk.storage.AutomaticBackup;
import org.liaisondesk.storage.BackupService;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.storage.DataFolderLock;
import org.liaisondesk.storage.Database;
import org.liaisondesk.storage.Migrations;
import org.liaisondesk.exchange.service.BundleService;
import org.liaisondesk.exchange.imports.data.ImportMappingStore;
import org.liaisondesk.exchange.imports.service.ImportService;
import org.liaisondesk.app.cli.VersionProvider;
import org.liaisondesk.workload.data.StatisticsRepository;
import org.liaisondesk.workload.service.ChartRenderer;
import org.liaisondesk.workload.service.MeetingPackService;
import org.liaisondesk.workload.service.StatisticsService;

/**
 * The application's wiring, written by hand: one data folder, its lock, settings, the database and the
 * services on top. The GUI and the CLI both start from here, so they use the very same services.
 */
public final class AppContext implements AutoCloseable {
    private final DataFolder folder;
    private final DataFolderLock lock;
    private final SettingsStore settingsStore;
    private final Clock clock;
    private volatile Settings settings;
    private final Database database;
    private final RosterService roster;
    private final LiaisonService liaisons;
    private final ReferenceService reference;
    private final VisitService visits;
    private final RecipientService recipients;
    private final LeadService leads;
    private final MatterService matters;
    private final WorkService work;
    private final GlobalSearchService search;
    private final RecommendationService ladder;
    private final HolidayService holidays;
    private final SuggestionService suggestions;
    private final DeskService desk;
    private final TemplateService templates;
    private final DocumentService documents;
    private final BackupService backups;
    private final AuditLog audit;
    private final AuditService auditTrail;
    private final StatisticsService statistics;
    private final ChartRenderer charts;
    private final MeetingPackService meetingPacks;
    private final BundleService bundles;
    private final ImportService imports;

    private AppContext(DataFolder folder, DataFolderLock lock, SettingsStore settingsStore, Settings settings,
                       Database database, Clock clock) {
        this.folder = folder;
        this.lock = lock;
        this.settingsStore = settingsStore;
        this.settings = settings;
        this.database = database;
        this.clock = clock;
        this.audit = new AuditLog(clock, () -> this.settings.getUserName());
        StationRepository stations = new StationRepository(audit);
        ProsecutorRepository prosecutors = new ProsecutorRepository(audit);
        this.holidays = new HolidayService(database, new HolidayEditRepository(audit), clock);
        this.roster = new RosterService(database, stations, prosecutors);
        this.liaisons = new LiaisonService(database, new LiaisonRepository(audit), clock);
        this.reference = new ReferenceService(database, new ReferenceRepository(audit));
        this.search = new GlobalSearchService(database, new GlobalSearchRepository());
        this.visits = new VisitService(database, audit, new VisitRepository(audit), stations, prosecutors, holidays::calculator, clock,
                () -> this.settings.getReminderLeadDays());
        LiaisonRepository liaisonRepository = new LiaisonRepository(audit);
        this.recipients = new RecipientService(database, new RecipientRepository(audit));
        this.leads = new LeadService(database, new LeadRepository(audit), stations, prosecutors, liaisonRepository, clock);
        this.matters = new MatterService(database, new MatterRepository(audit), stations, prosecutors,
                new ReferenceRepository(audit), clock);
        this.work = new WorkService(database, new WorkRepository(audit), stations, prosecutors, liaisonRepository, clock);
        this.ladder = new RecommendationService(database, new LadderLedger(new RecommendationRepository(audit),
                new LadderEventRepository(audit), new DocumentNumberRepository(audit)), () -> this.settings,
                holidays::calculator, clock);
        this.suggestions = new SuggestionService(database, new SuggestionRepository(audit), ladder, () -> this.settings,
                clock);
        this.desk = new DeskService(ladder, leads, visits, () -> this.settings, clock);
        TemplateStore templateStore = new TemplateStore(folder.templates());
        copyShippedTemplates(templateStore);
        TemplateRenderer renderer = new PoiTlTemplateRenderer();
        this.templates = new TemplateService(templateStore, renderer);
        this.documents = new DocumentService(database, ladder, new DocumentSourceRepository(), templateStore, renderer,
                () -> this.settings, audit);
        this.statistics = new StatisticsService(database, new StatisticsRepository(), () -> this.settings, clock);
        this.charts = new ChartRenderer();
        this.meetingPacks = new MeetingPackService(database, templateStore, templates, renderer, charts, () -> this.settings, audit);
        this.backups = new BackupService(database, folder, clock, audit);
        this.bundles = new BundleService(database, audit, () -> this.settings.getOfficeName(), VersionProvider.version());
        this.imports = new ImportService(database, visits, new VisitRepository(audit), roster, leads,
                new LeadRepository(audit), matters, new MatterRepository(audit), work, new WorkRepository(audit),
                liaisons, liaisonRepository, reference, new ImportMappingStore(folder.root()));
        this.auditTrail = new AuditService(database, audit);
        holidays.addDeadlineRecomputation(this.visits::recomputeDeadlines);
        holidays.addDeadlineRecomputation(this.ladder::recomputeDeadlines);
    }

    /**
     * Prepares the folder, takes its lock, reads the settings and opens (creating or migrating) the register.
     * Throws a {@link org.liaisondesk.common.i18n.UserFacingException} with nothing modified when the folder
     * cannot be written, is in use, or holds a file that is not a LiaisonDesk register of this version or older.
     */
    public static AppContext open(DataFolder folder, Clock clock) {
        folder.prepare();
        Logging.configure(folder);
        DataFolderLock lock = DataFolderLock.acquire(folder);
        try {
            SettingsStore store = new SettingsStore(folder.settings(), clock);
            Settings settings = store.load();
            Messages.use(Messages.localeFor(settings.getLanguage()));
            Database db = Database.open(folder.database(), folder.backups(), new Migrations(clock));
            return new AppContext(folder, lock, store, settings, db, clock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Copies the shipped templates into the data folder once, so that the staff find and edit them there. A folder
     * that cannot take them does not stop the register from opening: generating a document says what is wrong.
     */
    private static void copyShippedTemplates(TemplateStore templates) {
        try {
            templates.ensureShipped();
        } catch (UserFacingException e) {
            java.util.logging.Logger.getLogger(AppContext.class.getName())
                    .warning("templates not copied: " + e.localizedMessage());
        }
    }

    public DataFolder folder() {
        return folder;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return database;
    }

    public RosterService roster() {
        return roster;
    }

    public LiaisonService liaisons() {
        return liaisons;
    }

    public ReferenceService reference() {
        return reference;
    }

    public RecipientService recipients() {
        return recipients;
    }

    public LeadService leads() {
        return leads;
    }

    public MatterService matters() {
        return matters;
    }

    public WorkService work() {
        return work;
    }

    public GlobalSearchService search() {
        return search;
    }

    /** The holiday calendar in force (bundled years plus the user's edits). */
    public HolidayService holidays() {
        return holidays;
    }

    /** What needs attention today (工作台). */
    public DeskService desk() {
        return desk;
    }

    /** The escalation suggestions worked out from the register. */
    public SuggestionService suggestions() {
        return suggestions;
    }

    /** The Word templates in the data folder. */
    public TemplateService templates() {
        return templates;
    }

    public DocumentService documents() {
        return documents;
    }

    /** Automatic and manual backups of this register. */
    public BackupService backups() {
        return backups;
    }

    /** The audit log every write of this register goes through. */
    public AuditLog audit() {
        return audit;
    }

    /** Reading, verifying and exporting the audit trail (设置 → 审计日志). */
    public AuditService auditTrail() {
        return auditTrail;
    }

    /** The workload statistics: figures, charts and the summary paragraph of a period. */
    public StatisticsService statistics() {
        return statistics;
    }

    public ChartRenderer charts() {
        return charts;
    }

    /** Importing Excel and CSV registers (visits, leads, the roster of liaisons). */
    public ImportService imports() {
        return imports;
    }

    /** Exchange bundles: the register as one JSON file, and merging one in by UUID. */
    public BundleService bundles() {
        return bundles;
    }

    /** The meeting pack: the statistics report as a Word document. */
    public MeetingPackService meetingPacks() {
        return meetingPacks;
    }

    /** The recommendation ladder. */
    public RecommendationService ladder() {
        return ladder;
    }

    public VisitService visits() {
        return visits;
    }

    public DemoRegister demoRegister() {
        return new DemoRegister(new DemoRegister.Services(roster, visits, liaisons, recipients, reference, leads, matters,
                work, ladder), clock);
    }

    /**
     * Loads the demo register into an empty one. The demo's documents are numbered, so an office without a name
     * gets the demo procuratorate's (崇溪区人民检察院, abbreviation 崇) first; names already set are kept.
     */
    public DemoRegister.Summary loadDemo(Consumer<String> progress) {
        updateSettings(s -> {
            if (s.getOfficeName().isEmpty()) {
                s.setOfficeName(Messages.tr("demo.officeName"));
            }
            if (s.getOfficeAbbreviation().isEmpty()) {
                s.setOfficeAbbreviation(Messages.tr("demo.officeAbbreviation"));
            }
        });
        return demoRegister().load(progress);
    }

    /** A copy of the current settings; change them through {@link #updateSettings}. */
    public Settings settings() {
        return settings.copy();
    }

    public SettingsStore settingsStore() {
        return settingsStore;
    }

    /** Applies a change to the settings and writes them atomically; on failure nothing changes. */
    public synchronized Settings updateSettings(Consumer<Settings> change) {
        Settings next = settings.copy();
        change.accept(next);
        settingsStore.save(next);
        settings = next;
        return next.copy();
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }

    /**
     * The app's exit: writes the exit backup (which reads every page of the register), closes, and when that backup
     * was made, notes beside the register that it was verified, while the folder's lock is still held, so that the
     * next start need not read the whole file again (docs/decisions/0028). Never throws for a failed backup.
     */
    public AutomaticBackup backupAndClose() {
        AutomaticBackup backup = backups.automaticBackup();
        try {
            database.closeVerified(backup instanceof AutomaticBackup.Made);
        } finally {
            lock.close();
        }
        return backup;
    }
}
