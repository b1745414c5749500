package org.liaisondesk.common.task;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Two daemon worker threads (reads may run beside a write; SQLite allows one writer anyway) with results
 * delivered on the JavaFX thread. {@link #runningProperty()} counts unfinished work for the status bar.
 */
public final class FxBackgroundExecutor implements BackgroundExecutor, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FxBackgroundExecutor.class.getName());
    private final ExecutorService pool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);

    public FxBackgroundExecutor() {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "liaisondesk-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicBoolean cancelled = new AtomicBoolean();
        changeRunning(+1);
        pool.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> {
                    changeRunning(-1);
                    if (!cancelled.get()) {
                        onSuccess.accept(result);
                    }
                });
            } catch (Exception | Error e) {
                LOG.log(Level.FINE, "background work failed", e);
                Platform.runLater(() -> {
                    changeRunning(-1);
                    if (!cancelled.get()) {
                        onFailure.accept(e);
                    }
                });
            }
        });
        // Cancelling drops the result; the work itself (a short query) is left to finish.
        return () -> cancelled.set(true);
    }

    private void changeRunning(int delta) {
        if (Platform.isFxApplicationThread()) {
            running.set(running.get() + delta);
        } else {
            Platform.runLater(() -> running.set(running.get() + delta));
        }
    }

    public ReadOnlyIntegerProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
