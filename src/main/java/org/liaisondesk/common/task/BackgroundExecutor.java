package org.liaisondesk.common.task;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs disk work away from the JavaFX thread and hands the result back to it. View models take one of
 * these, so the same view-model code runs on a worker pool in the app ({@link FxBackgroundExecutor}) and
 * synchronously in tests ({@link DirectBackgroundExecutor}).
 */
public interface BackgroundExecutor {
    /**
     * Runs {@code work} in the background; then calls {@code onSuccess} or {@code onFailure} on the UI thread.
     * The returned handle cancels delivery of the result.
     */
    <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /** A handle on submitted work. */
    interface Cancellable {
        void cancel();
    }
}
