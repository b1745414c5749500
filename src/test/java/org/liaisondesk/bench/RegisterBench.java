package org.liaisondesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaisondesk.app.AppContext;
import org.liaisondesk.common.model.Cursor;
import org.liaisondesk.documents.model.DocumentSource;
import org.liaisondesk.documents.model.TagCatalogue;
import org.liaisondesk.documents.service.DocumentService;
import org.liaisondesk.documents.service.PoiTlTemplateRenderer;
import org.liaisondesk.documents.service.TemplateRenderer;
import org.liaisondesk.documents.service.TemplateStore;
import org.liaisondesk.ladder.model.RecommendationQuery;
import org.liaisondesk.register.cases.model.MatterQuery;
import org.liaisondesk.register.leads.model.LeadQuery;
import org.liaisondesk.register.visits.model.StatusFilter;
import org.liaisondesk.register.visits.model.Visit;
import org.liaisondesk.register.visits.model.VisitQuery;
import org.liaisondesk.register.visits.model.VisitRow;
import org.liaisondesk.register.work.model.WorkQuery;
import org.liaisondesk.search.model.SearchKind;
import org.liaisondesk.storage.DataFolder;
import org.liaisondesk.workload.model.Period;
import org.liaisondesk.workload.model.Scope;
import org.liaisondesk.workload.model.Statistics;

/**
 * The register-level measurements of issue 9 on one register, through the services the window uses (wired by
 * {@link AppContext} exactly as the app wires them). Where the same SQL can be given to the {@code sqlite3} tool,
 * the ratio of LiaisonDesk's time to the raw engine's is measured as well.
 */
final class RegisterBench {
    /** The columns the visit list's search box looks in (VisitRepository.SEARCHED), for the LIKE cross-check. */
    private static final List<String> VISIT_SEARCHED = List.of("visitor_name", "summary", "handling_note",
            "referred_to", "follow_up_result");
    private static final double SCREEN_CHART_WIDTH_MM = 160;
    private static final double SCREEN_CHART_HEIGHT_MM = 100;
    private static final int SCREEN_DPI = 96;

    private final DataFolder folder;
    private final Clock clock;
    private final Sampler sampler;
    private final int documentBatch;
    private final Optional<SqliteCli> sqlite;
    private final Path scratch;
    private final List<Measurement> results = new ArrayList<>();
    private AppContext ctx;
    private int pageSize;

    RegisterBench(DataFolder folder, Clock clock, Sampler sampler, int documentBatch, Optional<SqliteCli> sqlite,
                  Path scratch) {
        this.folder = folder;
        this.clock = clock;
        this.sampler = sampler;
        this.documentBatch = documentBatch;
        this.sqlite = sqlite;
        this.scratch = scratch;
    }

    List<Measurement> run() throws Exception {
        measureOpening();
        ctx = AppContext.open(folder, clock);
        try {
            pageSize = ctx.settings().getPageSize();
            measureLists();
            measureSearch();
            measureSave();
            measureStatistics();
            measureDocuments();
            measureHeap();
        } finally {
            ctx.close();
        }
        return results;
    }

    /** Opening: lock, settings, the header and quick check, migrations, templates: what the window waits for. */
    private void measureOpening() {
        Stats stats = sampler.withWarmUp(1).withRepetitions(Math.min(sampler.repetitions(), 10)).millis(() -> {
            try (AppContext opened = AppContext.open(folder, clock)) {
                return opened.settings();
            }
        });
        add("open", "打开登记簿 (AppContext.open: lock, settings, check, migrations)", "ms", stats, null, "");
        // The usual start follows the app's clean exit, whose note spares the page-by-page check (decision 0028).
        AppContext last = AppContext.open(folder, clock);
        long exitStarted = System.nanoTime();
        last.backupAndClose();
        double exitMs = (System.nanoTime() - exitStarted) / 1e6;
        long openStarted = System.nanoTime();
        boolean checked;
        try (AppContext again = AppContext.open(folder, clock)) {
            checked = again.database().fullyCheckedAtOpen();
        }
        add("open.after-exit", "打开登记簿 after the app's clean exit (verified note, no page-by-page check)", "ms",
                Stats.single((System.nanoTime() - openStarted) / 1e6), null,
                checked ? "the page-by-page check ran: no note was left" : "");
        add("exit", "the app's exit (exit backup of the whole register, close, verified note)", "ms",
                Stats.single(exitMs), null, "");
    }

    private void measureLists() throws Exception {
        LocalDate today = LocalDate.now(clock);
        long station = ctx.roster().stations().get(0).id();
        VisitQuery visits = VisitQuery.firstPage(pageSize);
        VisitQuery visitsFiltered = new VisitQuery("", today.minusYears(1), today, station, null, null, null,
                StatusFilter.ALL, false, visits.sort(), true, null, pageSize);
        list("list.visits.first", "来访登记 first page", () -> ctx.visits().page(visits), Target.LIST_PAGE);
        list("list.visits.filtered", "来访登记 one station, last 12 months", () -> ctx.visits().page(visitsFiltered),
                Target.LIST_PAGE);
        Cursor middle = middleCursor("visit_date", "visit");
        list("list.visits.deep", "来访登记 page in the middle (keyset)", () -> ctx.visits().page(visits.after(middle)),
                Target.LIST_PAGE);
        list("count.visits", "来访登记 count of all", () -> ctx.visits().count(visits), Target.COUNT);
        list("count.visits.filtered", "来访登记 count, one station, 12 months", () -> ctx.visits().count(visitsFiltered),
                Target.COUNT);

        LeadQuery leads = LeadQuery.firstPage(pageSize);
        list("list.leads.first", "线索 first page", () -> ctx.leads().page(leads), Target.LIST_PAGE);
        list("list.leads.filtered", "线索 one station", () -> ctx.leads().page(leads.withStation(station)),
                Target.LIST_PAGE);
        Cursor leadMiddle = middleCursor("received_on", "lead");
        list("list.leads.deep", "线索 page in the middle (keyset)", () -> ctx.leads().page(leads.after(leadMiddle)),
                Target.LIST_PAGE);
        list("count.leads", "线索 count of all", () -> ctx.leads().count(leads), Target.COUNT);

        MatterQuery matters = MatterQuery.firstPage(pageSize);
        list("list.matters.first", "案件 first page", () -> ctx.matters().page(matters), Target.LIST_PAGE);
        list("list.matters.filtered", "案件 one station", () -> ctx.matters().page(matters.withStation(station)),
                Target.LIST_PAGE);
        list("count.matters", "案件 count of all", () -> ctx.matters().count(matters), Target.COUNT);

        WorkQuery work = WorkQuery.firstPage(pageSize);
        list("list.work.first", "工作记录 first page", () -> ctx.work().page(work), Target.LIST_PAGE);
        list("list.work.filtered", "工作记录 one station", () -> ctx.work().page(work.withStation(station)),
                Target.LIST_PAGE);
        list("count.work", "工作记录 count of all", () -> ctx.work().count(work), Target.COUNT);

        RecommendationQuery recommendations = RecommendationQuery.firstPage(pageSize, today);
        list("list.recommendations.first", "检察建议 first page", () -> ctx.ladder().page(recommendations),
                Target.LIST_PAGE);
        list("count.recommendations", "检察建议 count of all", () -> ctx.ladder().count(recommendations),
                Target.COUNT);
    }

    /** The (sort key, id) of the row halfway down a list sorted newest first: where a deep page starts. */
    private Cursor middleCursor(String dateColumn, String table) {
        return ctx.database().read(c -> {
            long live = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table + " WHERE deleted_at IS NULL");
                 ResultSet rs = ps.executeQuery()) {
                live = rs.next() ? rs.getLong(1) : 0;
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT " + dateColumn + ", id FROM " + table
                    + " WHERE deleted_at IS NULL ORDER BY " + dateColumn + " DESC, id DESC LIMIT 1 OFFSET ?")) {
                ps.setLong(1, live / 2);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new Cursor(rs.getString(1), rs.getLong(2)) : null;
                }
            }
        });
    }

    private void measureSearch() throws Exception {
        List<SearchTerm> terms = searchTerms();
        VisitQuery base = VisitQuery.firstPage(pageSize);
        for (SearchTerm term : terms) {
            VisitQuery query = base.withText(term.text());
            Measurement m = list("search.visits." + term.label(), "来访登记 search box: " + term.text(),
                    () -> ctx.visits().page(query), term.target());
            annotate(m.name(), likeCheck(term.text(), query));
        }
        for (SearchTerm term : terms) {
            list("search.global." + term.label(), "全局搜索 hits (all kinds, newest 50 each; shown at once): "
                    + term.text(), () -> ctx.search().hits(term.text(), EnumSet.allOf(SearchKind.class), 50),
                    term.target());
        }
        for (SearchTerm term : terms) {
            // The totals of the kinds with more than 50 hits are counted after the hits are shown ("50 条以上" until then).
            list("search.global.counted." + term.label(), "全局搜索 with every total counted: " + term.text(),
                    () -> ctx.search().search(term.text(), EnumSet.allOf(SearchKind.class), 50), null);
        }
    }

    /** A search word: its label in the report, the text, and the target for its length. */
    record SearchTerm(String label, String text, Target target) {
    }

    /**
     * Words taken from the register itself (the newest visit's summary and visitor), so that every size and seed
     * searches for text that is there: 1, 2, 3 and 6 characters, and two words.
     */
    private List<SearchTerm> searchTerms() {
        List<VisitRow> rows = ctx.visits().page(VisitQuery.firstPage(pageSize)).items();
        String summary = rows.stream().map(VisitRow::summary).filter(s -> s.codePointCount(0, s.length()) >= 8)
                .findFirst().orElse("村民反映拖欠工资问题");
        String name = rows.stream().map(VisitRow::visitorName).filter(s -> s.codePointCount(0, s.length()) >= 2)
                .findFirst().orElse("张伟");
        String two = cut(name, 0, 2);
        String three = cut(summary, 0, 3);
        return List.of(
                new SearchTerm("1char", cut(name, 0, 1), Target.SEARCH_SHORT),
                new SearchTerm("2char", two, Target.SEARCH_SHORT),
                new SearchTerm("3char", three, Target.SEARCH_LONG),
                new SearchTerm("6char", cut(summary, 2, 8), Target.SEARCH_LONG),
                new SearchTerm("2words", two + " " + three, Target.SEARCH_SHORT));
    }

    private static String cut(String text, int fromCodePoint, int toCodePoint) {
        int start = text.offsetByCodePoints(0, fromCodePoint);
        return text.substring(start, text.offsetByCodePoints(0, toCodePoint));
    }

    /** The search box's answer against a plain LIKE scan over the same columns: the count and the first page. */
    private String likeCheck(String text, VisitQuery query) {
        long count = ctx.visits().count(query);
        List<Long> firstPage = ctx.visits().page(query).items().stream().map(VisitRow::id).toList();
        String[] words = text.strip().split("\\s+");
        StringBuilder where = new StringBuilder("deleted_at IS NULL");
        for (int i = 0; i < words.length; i++) {
            where.append(" AND (").append(String.join(" OR ",
                    VISIT_SEARCHED.stream().map(col -> "COALESCE(" + col + ", '') LIKE ? ESCAPE '\\'").toList())).append(')');
        }
        String condition = where.toString();
        long likeCount = ctx.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM visit WHERE " + condition)) {
                bindWords(ps, words);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
        List<Long> likePage = ctx.database().read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM visit WHERE " + condition
                    + " ORDER BY visit_date DESC, id DESC LIMIT " + query.limit())) {
                bindWords(ps, words);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
        boolean same = count == likeCount && firstPage.equals(likePage);
        return (same ? "identical to a LIKE scan: yes" : "identical to a LIKE scan: NO (" + likeCount + " by LIKE)")
                + ", " + count + " found";
    }

    private static void bindWords(PreparedStatement ps, String[] words) throws java.sql.SQLException {
        int index = 1;
        for (String word : words) {
            for (int i = 0; i < VISIT_SEARCHED.size(); i++) {
                ps.setString(index++, "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
    }

    private void measureSave() {
        VisitRow newest = ctx.visits().page(VisitQuery.firstPage(1)).items().get(0);
        Visit template = ctx.visits().find(newest.id()).orElseThrow().toBuilder().id(null).uuid(null).build();
        Stats stats = sampler.millis(() -> ctx.visits().save(template));
        add("save.visit", "保存一条来访登记 (audit row, search index, one transaction)", "ms", stats, Target.SAVE, "");
    }

    private void measureStatistics() throws Exception {
        int year = LocalDate.now(clock).getYear() - 1;
        Scope scope = Scope.all(Period.year(year));
        Sampler slow = sampler.withWarmUp(1).withRepetitions(Math.min(sampler.repetitions(), 10));
        Stats stats = slow.millis(() -> {
            Statistics computed = ctx.statistics().compute(scope);
            long bytes = 0;
            for (var chart : computed.charts()) {
                bytes += ctx.charts().png(chart, SCREEN_CHART_WIDTH_MM, SCREEN_CHART_HEIGHT_MM, SCREEN_DPI).length;
            }
            return bytes;
        });
        add("statistics.year", year + "年 figures (now, before, last year) and every chart drawn", "ms", stats,
                Target.YEAR_STATISTICS, "");
        Statistics computed = ctx.statistics().compute(scope);
        add("statistics.year.charts", "drawing the " + computed.charts().size() + " charts only (screen size, PNG)", "ms",
                slow.millis(() -> {
                    long bytes = 0;
                    for (var chart : computed.charts()) {
                        bytes += ctx.charts().png(chart, SCREEN_CHART_WIDTH_MM, SCREEN_CHART_HEIGHT_MM, SCREEN_DPI).length;
                    }
                    return bytes;
                }), null, "");
        list("statistics.year.queries", "the statistics of the year only (StatisticsService.compute)",
                () -> ctx.statistics().compute(scope), null);
    }

    private void measureDocuments() throws Exception {
        LocalDate today = LocalDate.now(clock);
        List<Long> issued = ctx.documents().issuedBetween(today.minusYears(30), today);
        if (issued.isEmpty()) {
            results.add(new Measurement("documents.one", "一份检察建议书 (.docx)", "ms", Stats.single(0), null,
                    "not measured: the register has no issued recommendation"));
            return;
        }
        Path out = Files.createDirectories(scratch.resolve("documents"));
        DocumentService documents = ctx.documents();
        long first = issued.get(0);
        long start = System.nanoTime();
        documents.generate(first, out, true);
        add("documents.one.first", "第一份文书 in this JVM (class loading, template check)", "ms",
                Stats.single((System.nanoTime() - start) / 1e6), null, "");
        add("documents.one", "一份检察建议书 (.docx), warm", "ms",
                sampler.millis(() -> documents.generate(first, out, true)), null, "");
        // Where a document's time goes: rendering alone, without the file (written and forced to disk) and the audit row.
        DocumentSource source = documents.source(first);
        Map<String, Object> data = documents.data(source);
        Path template = new TemplateStore(folder.templates()).path(source.kind());
        TemplateRenderer renderer = new PoiTlTemplateRenderer();
        add("documents.render-only", "rendering that document into memory only (no file, no audit row)", "ms",
                sampler.millis(() -> {
                    java.io.ByteArrayOutputStream rendered = new java.io.ByteArrayOutputStream();
                    renderer.render(template, data, TagCatalogue.tableTags(), rendered);
                    return rendered.size();
                }), null, "");
        List<Long> batch = new ArrayList<>();
        while (batch.size() < documentBatch) {
            batch.addAll(issued.subList(0, Math.min(issued.size(), documentBatch - batch.size())));
        }
        Stats hundred = sampler.withWarmUp(0).withRepetitions(Math.min(sampler.repetitions(), 3)).millis(() -> {
            DocumentService.BatchResult result = documents.generate(batch, out, true, (d, t, l) -> { }, () -> false);
            if (!result.failures().isEmpty()) {
                throw new IllegalStateException("documents failed: " + result.failures());
            }
            return result;
        });
        add("documents.batch", documentBatch + " 份文书 in one batch (after the first)", "ms", hundred,
                documentBatch == 100 ? Target.HUNDRED_DOCUMENTS : null, issued.size() < documentBatch
                        ? issued.size() + " distinct recommendations, repeated to make " + documentBatch : "");
    }

    /** The heap in use after a full collection, with the register open and its lists and statistics read. */
    private void measureHeap() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        double usedMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
        add("heap.open", "heap in use, register open (after GC)", "MB", Stats.single(usedMb), Target.HEAP_MB,
                "max heap " + runtime.maxMemory() / (1024 * 1024) + " MB");
    }

    /** A read measured through the service, then (when the tool is there) the same SQL in sqlite3. */
    private Measurement list(String name, String description, Sampler.Operation read, Target target) throws Exception {
        Measurement m = add(name, description, "ms", sampler.millis(read), target, "");
        ratioToEngine(m, read);
        return m;
    }

    /**
     * Captures the SQL {@code read} runs; a missed target gets the query plans in its note, and when the tool is
     * there the same SQL is timed in sqlite3 for the ratio.
     */
    private void ratioToEngine(Measurement m, Sampler.Operation read) throws Exception {
        List<String> statements = SqlCapture.statementsOf(ctx.database(), read);
        if (Boolean.FALSE.equals(m.met())) {
            annotate(m.name(), "plan: " + QueryPlans.describe(ctx.database(), statements));
        }
        if (sqlite.isEmpty() || statements.isEmpty()) {
            return;
        }
        Path file = ctx.database().file();
        SqliteCli cli = sqlite.get();
        SqliteCli.Timing timing;
        try {
            timing = cli.time(file, statements, 1000, 500);
        } catch (java.io.IOException e) {
            // An older sqlite3 tool than the app's engine may not know its SQL (GROUP_CONCAT … ORDER BY needs 3.44).
            annotate(m.name(), "no sqlite3 ratio: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        double engine = timing.millisPerRun();
        double ratio = engine <= 0 ? 0 : m.stats().p50() / engine;
        results.add(new Measurement(m.name() + ".vs-sqlite3", "LiaisonDesk p50 ÷ sqlite3 tool, same SQL", "×",
                Stats.single(ratio), Target.ENGINE_RATIO, String.format(java.util.Locale.ROOT,
                "LiaisonDesk %.3f ms, sqlite3 %.3f ms per run (mean of %d runs, %d statements)",
                m.stats().p50(), engine, timing.runs(), statements.size())));
    }

    private Measurement add(String name, String description, String unit, Stats stats, Target target, String note) {
        Measurement m = new Measurement(name, description, unit, stats, target, note);
        results.add(m);
        return m;
    }

    /** Adds to the note of the measurement named {@code name}. */
    private void annotate(String name, String note) {
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).name().equals(name)) {
                results.set(i, results.get(i).withNote(note));
                return;
            }
        }
        throw new IllegalArgumentException("no measurement " + name);
    }
}
