package org.liaisondesk.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.liaisondesk.common.task.BackgroundExecutor;

/** Runs the work at once but hands each result back only when the test says so, in any order. */
public final class HeldExecutor implements BackgroundExecutor {
    public final List<Runnable> deliveries = new ArrayList<>();

    @Override
    public <T> Cancellable run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            T result = work.call();
            deliveries.add(() -> onSuccess.accept(result));
        } catch (Exception e) {
            deliveries.add(() -> onFailure.accept(e));
        }
        return () -> { };
    }
}
