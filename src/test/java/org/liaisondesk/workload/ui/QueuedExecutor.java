package org.liaisondesk.workload.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.liaisondesk.common.task.BackgroundExecutor;

/**
 * Holds background work until the test runs it, in any order, and delivers every answer even when its handle was
 * cancelled: so a view model is seen dropping late answers itself.
 */
final class QueuedExecutor implements BackgroundExecutor {
    private final List<Runnable> queued = new ArrayList<>();

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        });
        return () -> { };
    }

    int size() {
        return queued.size();
    }

    /** Runs the work queued {@code index}-th (from 0) among those still waiting. */
    void run(int index) {
        queued.remove(index).run();
    }

    void runAll() {
        while (!queued.isEmpty()) {
            run(0);
        }
    }
}
