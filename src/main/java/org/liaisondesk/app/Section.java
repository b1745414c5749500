package org.liaisondesk.app;

import javafx.scene.Node;

/**
 * One entry of the left navigation: its title, its content, and what Ctrl+N / Ctrl+F / F5 mean there.
 * Only sections that work are listed; there are no empty pages.
 */
public record Section(String titleKey, Node root, Runnable onShow, Runnable onNew, Runnable onFind) {
    static final Runnable NOTHING = () -> { };
}
