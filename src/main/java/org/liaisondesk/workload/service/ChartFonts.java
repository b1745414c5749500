package org.liaisondesk.workload.service;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * The font family the charts are drawn in. Without a CJK family named explicitly JFreeChart draws boxes for Chinese,
 * so one is chosen from what this machine has installed, in the order the JavaFX side prefers (common/ui/Theme), and
 * checked against real Chinese text rather than trusted by name.
 */
public final class ChartFonts {
    /** Chinese text a chosen family must draw completely. */
    static final String SAMPLE = "联络站检察建议回复率案件线索";

    /** Families tried in order: Windows, macOS, then Linux's common CJK fonts; sans-serif faces before serif ones. */
    static final List<String> PREFERRED = List.of("Microsoft YaHei", "Microsoft YaHei UI", "微软雅黑", "SimHei", "黑体",
            "PingFang SC", "Hiragino Sans GB", "Heiti SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
            "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Droid Sans Fallback", "SimSun", "宋体",
            "AR PL UMing CN");

    /** Java's logical fonts: they map to different faces per machine, so a physical family is preferred to them. */
    private static final Set<String> LOGICAL = Set.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF,
            Font.MONOSPACED);

    private static final Logger LOG = Logger.getLogger(ChartFonts.class.getName());
    private static String family;

    private ChartFonts() {
    }

    /** The family charts use on this machine, chosen once. */
    public static synchronized String family() {
        if (family == null) {
            String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ENGLISH);
            family = choose(Arrays.asList(installed), ChartFonts::displaysChinese);
        }
        return family;
    }

    /** A font of the chart family. */
    public static Font font(int style, int size) {
        return new Font(family(), style, size);
    }

    /**
     * The first preferred family that is installed and draws the sample, else the first installed physical family that
     * does, else {@link Font#SANS_SERIF} (with a warning: Chinese may then show as boxes).
     */
    static String choose(List<String> installed, Predicate<String> drawsChinese) {
        for (String candidate : PREFERRED) {
            if (installed.contains(candidate) && drawsChinese.test(candidate)) {
                return candidate;
            }
        }
        for (String candidate : installed) {
            if (!LOGICAL.contains(candidate) && drawsChinese.test(candidate)) {
                return candidate;
            }
        }
        LOG.warning("No installed font draws Chinese text; charts fall back to " + Font.SANS_SERIF
                + " and may show boxes. Install a CJK font (for example fonts-wqy-microhei).");
        return Font.SANS_SERIF;
    }

    static boolean displaysChinese(String family) {
        return new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1;
    }
}
