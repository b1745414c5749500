package org.liaisondesk.documents.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaisondesk.common.task.DirectBackgroundExecutor;
import org.liaisondesk.testsupport.RecordingDialogs;

/** Opening a file: done by the system when it can, otherwise the user is told the full path. */
class FileOpenerTest {
    @ParameterizedTest(name = "supported={0}, fails={1} → opened {2}, path shown {3}")
    @CsvSource({"true, false, 1, 0", "false, false, 0, 1", "true, true, 0, 1"})
    void opensOrShowsTheFullPath(boolean supported, boolean fails, int opened, int pathShown) {
        RecordingLauncher launcher = new RecordingLauncher();
        launcher.supported = supported;
        launcher.fails = fails;
        RecordingDialogs dialogs = new RecordingDialogs();
        Path file = Path.of("文书", "检察建议书_崇检公建〔2026〕1号_青山镇人民政府.docx");

        new FileOpener(launcher, new DirectBackgroundExecutor(), dialogs).open(file);

        assertEquals(opened, launcher.opened.size());
        assertEquals(pathShown, dialogs.infos.size());
        if (pathShown == 1) {
            assertEquals(List.of("无法自动打开，请在文件管理器中打开以下位置：\n" + file.toAbsolutePath()), dialogs.infos);
        }
    }
}
