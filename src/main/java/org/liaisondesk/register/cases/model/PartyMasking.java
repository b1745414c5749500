package org.liaisondesk.register.cases.model;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.liaisondesk.common.text.Masking;

/**
 * How a case's parties are masked in the list and in exports: each name on its own (王秀英、张强 → 王某某、张某),
 * and the same masked forms wherever a party's full name appears in the case name or summary.
 */
public final class PartyMasking {
    private PartyMasking() {
    }

    /** Each party's name masked on its own, joined by 、: 王秀英、张强 → 王某某、张某. */
    public static String mask(String parties) {
        return Masking.maskNames(parties);
    }

    /**
     * {@code text} with every party's full name replaced by its masked form: "王秀英诉李四抚养费纠纷" → "王某某诉李某抚养费纠纷".
     * Longer names first, so that 王秀英 is masked whole even when 王秀 is another party. Names of one character
     * are left alone: replacing a single character everywhere would garble the text.
     */
    public static String maskIn(String text, String parties) {
        return Masking.maskNamesIn(text, parties);
    }
}
