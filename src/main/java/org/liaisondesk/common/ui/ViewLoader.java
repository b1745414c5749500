package org.liaisondesk.common.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import org.liaisondesk.common.i18n.Messages;

/**
 * Loads the FXML that sits next to a view class (same package, named in the call), with the message
 * bundle, and the view object itself as its controller.
 */
public final class ViewLoader {
    private ViewLoader() {
    }

    public static <T extends Parent> T load(Object view, String fxmlFile) {
        URL url = view.getClass().getResource(fxmlFile);
        if (url == null) {
            throw new IllegalStateException("no FXML " + fxmlFile + " next to " + view.getClass().getName());
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.current().bundle());
        loader.setController(view);
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + url, e);
        }
    }
}
