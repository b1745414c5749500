package org.liaisondesk.app;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
    private final List<Supplier<javafx.scene.Node>> contents = new ArrayList<>();

    SectionTabs(String id) {
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId(id);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> show());
    }

    /** A tab whose content is made when the tab is first shown. */
    void add(String titleKey, Supplier<javafx.scene.Node> content, Runnable show) {
        shows.add(show);
        contents.add(content);
        tabs.getTabs().add(new Tab(Messages.tr(titleKey)));
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
            Tab tab = tabs.getTabs().get(selected);
            if (tab.getContent() == null) {
                tab.setContent(contents.get(selected).get());
            }
            shows.get(selected).run();
        }
    }
}
