package org.liaisondesk.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.liaisondesk.common.i18n.Messages;

/**
 * A section made of tabs, each a view that reloads when its tab is picked: 回收站 (each kind's own list showing
 * its deleted records), 检察建议 (documents, suggestions, issue register), 设置 (general, deadlines and numbers,
 * holidays).
 */
final class SectionTabs {
    private final TabPane tabs = new TabPane();
    private final List<Runnable> shows = new ArrayList<>();

    SectionTabs(String id) {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId(id);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> show());
    }

    void add(String titleKey, javafx.scene.Node content, Runnable show) {
        shows.add(show);
        tabs.getTabs().add(new Tab(Messages.tr(titleKey), content));
    }

    void select(int index) {
        tabs.getSelectionModel().select(index);
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
