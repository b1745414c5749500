package org.liaisondesk.app;

import java.util.function.Supplier;

/**
 * A view made the first time it is needed (decision 0033): the main window's first frame makes the desk only, and each
 * other section loads its FXML and classes when it is first opened. JavaFX thread only.
 */
final class Lazy<T> implements Supplier<T> {
    private Supplier<T> make;
    private T value;

    Lazy(Supplier<T> make) {
        this.make = make;
    }

    @Override
    public T get() {
        if (value == null) {
            value = make.get();
            make = null;
        }
        return value;
    }
}
