package org.liaisondesk.exchange.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.exchange.BundleFixture;
import org.liaisondesk.testsupport.RecordingDialogs;

/** The 交换包 view's model: export, a preview that writes nothing, merging, and a refused bundle. */
class BundleViewModelTest {
    @TempDir
    Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Test
    void thePreviewWritesNothingAndTheMergeDoesWhatItShowed() {
        Path bundle = dir.resolve("清溪村.json");
        try (BundleFixture station = BundleFixture.demo(dir.resolve("station"), "清溪村联络站")) {
            BundleViewModel export = new BundleViewModel(station.bundles, new DirectBackgroundExecutor(), dialogs);
            export.export(bundle, false);
            assertTrue(Files.isRegularFile(bundle));
            assertTrue(dialogs.notices.get(0).startsWith("已导出交换包（"), dialogs.notices.toString());
        }
        try (BundleFixture office = new BundleFixture(dir.resolve("office"), "区院")) {
            BundleViewModel model = new BundleViewModel(office.bundles, new DirectBackgroundExecutor(), dialogs);
            Map<String, String> before = office.checksums();

            model.preview(bundle);

            assertEquals(before, office.checksums());
            assertTrue(model.canCommitProperty().get());
            assertEquals("", model.problemProperty().get());
            BundleViewModel.Row visits = model.rows().stream().filter(r -> r.kind().equals("visit")).findFirst().orElseThrow();
            assertEquals("来访登记", visits.kindLabel());
            assertEquals(0, visits.updated());
            assertTrue(visits.added() > 0);
            assertTrue(model.summaryProperty().get().startsWith("来自“清溪村联络站”"), model.summaryProperty().get());

            model.commit();

            assertEquals(visits.added(), office.count("SELECT count(*) FROM visit"));
            assertFalse(model.canCommitProperty().get(), "a merged bundle is not merged twice");
            assertTrue(dialogs.notices.get(1).startsWith("交换包已合并：新增 "), dialogs.notices.toString());

            model.preview(bundle);
            assertFalse(model.canCommitProperty().get(), "nothing left to merge");
            assertTrue(model.rows().stream().allMatch(r -> r.added() == 0 && r.updated() == 0));
        }
    }

    @Test
    void aRefusedBundleShowsWhyAndCannotBeMerged() throws Exception {
        Path bundle = dir.resolve("坏的.json");
        Files.writeString(bundle, "{\"format\": \"liaisondesk-bundle\", \"format_version\": 7, \"app_version\": \"3.0\"}");
        try (BundleFixture office = new BundleFixture(dir.resolve("office"), "区院")) {
            BundleViewModel model = new BundleViewModel(office.bundles, new DirectBackgroundExecutor(), dialogs);

            model.preview(bundle);

            assertTrue(model.problemProperty().get().contains("较新版本的联络站检察工作台（3.0）"),
                    model.problemProperty().get());
            assertFalse(model.canCommitProperty().get());
            assertTrue(model.rows().isEmpty());
            assertFalse(model.busyProperty().get());
        }
    }
}
