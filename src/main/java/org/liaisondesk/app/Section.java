package org.liaisondesk.app;

import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * One entry of the left navigation: its title, its content (made when first shown, see {@link Lazy}), and what
 * Ctrl+N / Ctrl+F / F5 mean there.
 * Only sections that work are listed; there are no empty pages.
 */
public record Section(String titleKey, Supplier<Node> root, Runnable onShow, Runnable onNew, Runnable onFind) {
    static final Runnable NOTHING = () -> { };
}
