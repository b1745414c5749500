package org.liaisondesk.register.work.model;

import org.liaisondesk.common.text.Masking;

/**
 * The parties of an activity as people type them: names separated by 、 , ; or spaces. Lists and exports mask
 * each name on its own (张三、李四 → 张某、李某).
 */
public final class PartyNames {
    private PartyNames() {
    }

    /** Every name masked, joined by 、 ("" for none). */
    public static String mask(String parties) {
        return Masking.maskNames(parties);
    }
}
