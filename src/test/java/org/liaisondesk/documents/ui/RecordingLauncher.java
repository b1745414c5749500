package org.liaisondesk.documents.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link FileOpener.Launcher} for tests: records what would have been opened and answers as told. */
final class RecordingLauncher implements FileOpener.Launcher {
    final List<Path> opened = new CopyOnWriteArrayList<>();
    volatile boolean supported = true;
    volatile boolean fails;

    @Override
    public boolean open(Path path) throws IOException {
        if (fails) {
            throw new IOException("no application is associated with this file");
        }
        if (supported) {
            opened.add(path);
        }
        return supported;
    }
}
