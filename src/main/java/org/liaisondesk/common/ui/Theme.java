package org.liaisondesk.common.ui;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Font;

/**
 * The look shared by every window: the stylesheet and a CJK font family named explicitly. Without a named
 * CJK family JavaFX's fallback misses some installed fonts and draws boxes (see docs/decisions).
 */
public final class Theme {
    /** Families tried in order: Windows, macOS, then Linux's common CJK fonts. */
    static final List<String> CJK_FAMILIES = List.of("Microsoft YaHei", "Microsoft YaHei UI", "微软雅黑", "PingFang SC",
            "Hiragino Sans GB", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Noto Sans CJK SC", "Noto Sans SC",
            "Source Han Sans SC", "Droid Sans Fallback", "SimSun", "宋体", "AR PL UMing CN");

    private static final String STYLESHEET = Theme.class.getResource("/org/liaisondesk/common/ui/app.css").toExternalForm();
    private static String family;

    private Theme() {
    }

    /** The CJK family chosen from the fonts installed on this machine, or null when there is none. */
    public static synchronized String cjkFamily() {
        if (family == null) {
            family = choose(Font.getFamilies());
        }
        return family.isEmpty() ? null : family;
    }

    static String choose(List<String> installed) {
        for (String candidate : CJK_FAMILIES) {
            if (installed.contains(candidate)) {
                return candidate;
            }
        }
        return "";
    }

    public static void apply(Scene scene) {
        scene.getStylesheets().add(STYLESHEET);
        applyFont(scene.getRoot());
    }

    public static void apply(DialogPane pane) {
        pane.getStylesheets().add(STYLESHEET);
        applyFont(pane);
    }

    private static void applyFont(Parent root) {
        String f = cjkFamily();
        if (f != null && root != null) {
            root.setStyle("-fx-font-family: \"" + f + "\";" + root.getStyle());
        }
    }
}
