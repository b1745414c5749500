package org.liaisondesk.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.liaisondesk.common.i18n.Messages;

/**
 * The 回收站 section: one tab per kind of record, each the kind's own list showing its deleted records, from
 * which they are restored with their links intact.
 */
final class RecycleBin {
    private final TabPane tabs = new TabPane();
    private final List<Runnable> shows = new ArrayList<>();

    RecycleBin() {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("recycleBin");
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> show());
    }

    void add(String titleKey, Parent content, Runnable show) {
        shows.add(show);
        tabs.getTabs().add(new Tab(Messages.tr(titleKey), content));
    }

    Parent root() {
        return tabs;
    }

    /** Reloads the tab in view (the others reload when they are picked). */
    void show() {
        int selected = tabs.getSelectionModel().getSelectedIndex();
        if (selected >= 0 && selected < shows.size()) {
            shows.get(selected).run();
        }
    }
}
