package org.liaisondesk.documents.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.task.BackgroundExecutor;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.documents.DocumentsFixture;
import org.liaisondesk.documents.ui.BatchDocumentsViewModel.Phase;
import org.liaisondesk.documents.ui.BatchDocumentsViewModel.Scope;
import org.liaisondesk.ladder.model.RecommendationDetail;
import org.liaisondesk.settings.model.Settings;
import org.liaisondesk.testsupport.RecordingDialogs;
import org.liaisondesk.testsupport.TestRegister;

/** 批量生成文书 with the real services: the choice, the count, the progress, cancelling, the summary; no toolkit. */
class BatchDocumentsViewModelTest {
    @TempDir
    Path temp;
    DocumentsFixture f;
    RecordingDialogs dialogs = new RecordingDialogs();
    RecordingLauncher launcher = new RecordingLauncher();
    BackgroundExecutor executor = new DirectBackgroundExecutor();
    RecommendationDetail january;
    RecommendationDetail march;
    RecommendationDetail lastYear;
    long draft;

    @BeforeEach
    void setUp() throws IOException {
        f = new DocumentsFixture(temp);
        long town = f.ladder.recipient("青山镇人民政府", null);
        long river = f.ladder.recipient("溪口镇人民政府", null);
        long matter = f.ladder.matter("青山镇木材加工厂占用耕地案", LocalDate.of(2025, 3, 1));
        lastYear = f.ladder.served(f.ladder.completeDraft(town, matter).build(), LocalDate.of(2025, 6, 2),
                LocalDate.of(2025, 6, 3), LocalDate.of(2025, 6, 4));
        january = f.ladder.served(f.ladder.completeDraft(town, matter).build(), LocalDate.of(2026, 1, 6),
                LocalDate.of(2026, 1, 7), LocalDate.of(2026, 1, 8));
        march = f.ladder.served(f.ladder.completeDraft(river, matter).title("关于督促清理河道垃圾的检察建议").build(),
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 4));
        draft = f.ladder.ladder.save(f.ladder.completeDraft(town, matter).build()).id();
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    Settings update(Consumer<Settings> change) {
        change.accept(f.ladder.settings);
        return f.ladder.settings.copy();
    }

    BatchDocumentsViewModel model(List<Long> selected) {
        GenerationContext context = new GenerationContext(f.documents, () -> f.ladder.settings.copy(), this::update,
                executor, dialogs, launcher, TestRegister.CLOCK);
        BatchDocumentsViewModel model = new BatchDocumentsViewModel(selected, context, Runnable::run);
        model.load();
        model.output().folderProperty().set(f.out.toString());
        return model;
    }

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void withoutASelectionThePeriodFromTheFirstOfJanuaryToTodayIsCounted() {
        BatchDocumentsViewModel model = model(List.of());
        assertEquals(Scope.PERIOD, model.scopeProperty().get());
        assertEquals(LocalDate.of(2026, 1, 1), model.fromProperty().get());
        assertEquals(TestRegister.TODAY, model.toProperty().get());
        assertEquals("该期间共制发 2 件建议", model.periodCountProperty().get(), "the draft and last year's are not counted");

        model.fromProperty().set(LocalDate.of(2025, 1, 1));
        assertEquals("该期间共制发 3 件建议", model.periodCountProperty().get());
    }

    @ParameterizedTest(name = "{0} – {1}: {2}")
    @CsvSource({"2026-05-01, 2026-01-01, 起始日期晚于截止日期", "'', 2026-01-01, 请填写起止日期",
            "2020-01-01, 2020-12-31, 该期间没有制发的建议，未生成文书。"})
    void aPeriodThatCannotBeWrittenIsRefusedInTheDialog(String from, String to, String problem) throws IOException {
        BatchDocumentsViewModel model = model(List.of());
        model.fromProperty().set(from.isEmpty() ? null : LocalDate.parse(from));
        model.toProperty().set(LocalDate.parse(to));
        model.start();
        assertEquals(problem, model.errorProperty().get());
        assertEquals(Phase.SETUP, model.phaseProperty().get());
        assertEquals(List.of(), filesIn(f.out));
    }

    @Test
    void writesTheSelectedDocumentsShowingEachAndSummingUp() throws IOException {
        BatchDocumentsViewModel model = model(List.of(january.id(), march.id(), draft));
        assertEquals(Scope.SELECTED, model.scopeProperty().get());
        assertEquals(3, model.selectedCount());
        List<String> shown = new ArrayList<>();
        model.progressTextProperty().addListener((obs, was, now) -> shown.add(now));

        model.start();

        assertEquals(List.of("正在准备……", "正在生成 1/3：崇检公建〔2026〕1号", "正在生成 2/3：崇检公建〔2026〕2号",
                "正在生成 3/3：关于督促整治占用耕地从事木材加工问题的检察建议"), shown);
        assertEquals(Phase.DONE, model.phaseProperty().get());
        assertEquals(1.0, model.progressProperty().get());
        assertEquals("3 份已生成", model.summaryProperty().get());
        assertEquals(List.of(), model.failures());
        assertEquals(List.of("检察建议书_崇检公建〔2026〕1号_青山镇人民政府.docx", "检察建议书_崇检公建〔2026〕2号_溪口镇人民政府.docx",
                "检察建议书_草稿_关于督促整治占用耕地从事木材加工问题的检察建议_青山镇人民政府.docx"), filesIn(f.out));
        assertEquals(List.of("3 份已生成"), dialogs.notices);
        assertEquals(f.out.toAbsolutePath().toString(), f.ladder.settings.getDocuments().getOutputFolder());

        dialogs.lastNoticeAction.run();
        model.openFolder();
        assertEquals(List.of(f.out, f.out), launcher.opened);
    }

    @Test
    void thePeriodWritesWhatWasIssuedInIt() throws IOException {
        BatchDocumentsViewModel model = model(List.of(draft));
        model.scopeProperty().set(Scope.PERIOD);
        model.fromProperty().set(LocalDate.of(2025, 1, 1));
        model.toProperty().set(LocalDate.of(2025, 12, 31));
        model.start();
        assertEquals("1 份已生成", model.summaryProperty().get());
        assertEquals(List.of("检察建议书_崇检公建〔2025〕1号_青山镇人民政府.docx"), filesIn(f.out));
    }

    @Test
    void cancellingStopsBeforeTheNextDocumentAndKeepsWhatWasWritten() throws IOException {
        BatchDocumentsViewModel model = model(List.of(january.id(), march.id()));
        model.progressTextProperty().addListener((obs, was, now) -> {
            if (now.startsWith("正在生成 1/2")) {
                model.cancel();
            }
        });

        model.start();

        assertEquals("1 份已生成，已取消", model.summaryProperty().get());
        assertEquals(List.of("检察建议书_崇检公建〔2026〕1号_青山镇人民政府.docx"), filesIn(f.out));
        assertTrue(model.cancelRequestedProperty().get());
        assertEquals(Phase.DONE, model.phaseProperty().get());
    }

    @Test
    void eachDocumentRefusedIsListedWithItsReasonAndTheOthersAreWritten() throws IOException {
        BatchDocumentsViewModel model = model(List.of(987654L, march.id()));
        model.start();
        assertEquals("1 份已生成，1 份未生成", model.summaryProperty().get());
        assertEquals(List.of("987654：该文书已不存在或已删除"), model.failures());
        assertEquals(List.of("检察建议书_崇检公建〔2026〕2号_溪口镇人民政府.docx"), filesIn(f.out));
    }

    @Test
    void aFolderThatCannotBeWrittenFailsEveryDocumentAndKeepsNoFolder() {
        BatchDocumentsViewModel model = model(List.of(january.id()));
        Path missing = temp.resolve("没有这个文件夹");
        model.output().folderProperty().set(missing.toString());
        model.start();
        assertEquals("0 份已生成，1 份未生成", model.summaryProperty().get());
        assertEquals(List.of("崇检公建〔2026〕1号：文件夹“" + missing + "”不存在或无法访问，请重新选择保存位置。"), model.failures());
        assertEquals(List.of("0 份已生成，1 份未生成"), dialogs.notices);
        assertEquals(null, dialogs.lastNoticeAction, "nothing to open");
        assertEquals("", f.ladder.settings.getDocuments().getOutputFolder());
    }

    @Test
    void closingWhileWritingAsksAndThenCancels() {
        HeldExecutor held = new HeldExecutor();
        executor = held;
        BatchDocumentsViewModel model = model(List.of(january.id(), march.id()));
        held.runAll();
        model.start();
        assertEquals(Phase.RUNNING, model.phaseProperty().get());

        dialogs.confirmAnswer = false;
        assertFalse(model.mayClose());
        assertFalse(model.cancelRequestedProperty().get());
        dialogs.confirmAnswer = true;
        assertTrue(model.mayClose());
        assertTrue(model.cancelRequestedProperty().get());

        held.runAll();
        assertEquals("0 份已生成，已取消", model.summaryProperty().get());
        assertEquals(List.of("0 份已生成，已取消"), dialogs.notices, "the main window still reports the outcome");
        assertTrue(model.mayClose());
    }

    @Test
    void aCountOverTakenByAnotherDateIsDropped() {
        HeldExecutor held = new HeldExecutor();
        executor = held;
        BatchDocumentsViewModel model = model(List.of());
        held.runAll();
        model.fromProperty().set(LocalDate.of(2025, 1, 1));
        model.fromProperty().set(LocalDate.of(2026, 2, 1));
        assertEquals("正在统计……", model.periodCountProperty().get());
        held.runAll();
        assertEquals("该期间共制发 1 件建议", model.periodCountProperty().get());
    }

    /** Holds background work until the test lets it run, in order, as a worker pool would deliver it. */
    static final class HeldExecutor implements BackgroundExecutor {
        private final List<Runnable> waiting = new ArrayList<>();

        @Override
        public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            boolean[] cancelled = {false};
            waiting.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    if (!cancelled[0]) {
                        onFailure.accept(e);
                    }
                    return;
                }
                if (!cancelled[0]) {
                    onSuccess.accept(result);
                }
            });
            return () -> cancelled[0] = true;
        }

        void runAll() {
            while (!waiting.isEmpty()) {
                waiting.remove(0).run();
            }
        }
    }
}
