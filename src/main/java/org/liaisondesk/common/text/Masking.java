package org.liaisondesk.common.text;

import java.util.Set;

/**
 * The one masking policy for personal data on screen lists and in exports (个人信息保护法; minors' identities
 * must not be disclosed). Every method accepts null and returns "" for it.
 */
public final class Masking {
    private static final String HIDDEN_NAME_CHARACTER = "某";
    private static final Set<String> COMPOUND_SURNAMES = Set.of(
            "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯",
            "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "万俟", "闻人", "澹台", "公冶", "呼延", "钟离", "拓跋",
            "百里", "东郭", "申屠", "第五");
    // Separators in transliterated names of ethnic minorities and foreigners: 买买提·艾力.
    private static final String NAME_DOTS = "·•・‧∙.．";

    private Masking() {
    }

    /** 张三 → 张某, 欧阳娜娜 → 欧阳某某, 买买提·艾力 → 买某某, John Smith → J***, 李 → 某. */
    public static String maskName(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String s = name.strip();
        if (s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN)) {
            return new String(Character.toChars(s.codePointAt(0))) + "***";
        }
        s = Widths.compact(s);
        String first = new String(Character.toChars(s.codePointAt(0)));
        if (s.chars().anyMatch(c -> NAME_DOTS.indexOf(c) >= 0)) {
            return first + HIDDEN_NAME_CHARACTER.repeat(2);
        }
        int length = s.codePointCount(0, s.length());
        if (length == 1) {
            return HIDDEN_NAME_CHARACTER;
        }
        if (length >= 3 && COMPOUND_SURNAMES.contains(s.substring(0, 2))) {
            return s.substring(0, 2) + HIDDEN_NAME_CHARACTER.repeat(length - 2);
        }
        return first + HIDDEN_NAME_CHARACTER.repeat(length - 1);
    }

    /**
     * 13812341234 → 138****1234, 010-12345678 → 010-****5678; other numbers keep their last 4 characters and,
     * when at least 3 more stay hidden, their first 3; numbers shorter than 7 (hotlines) are not personal and stay.
     */
    public static String maskPhone(String phone) {
        if (phone == null) {
            return "";
        }
        String n = PhoneNumbers.normalize(phone);
        if (PhoneNumbers.isMobile(n)) {
            return n.substring(0, 3) + "****" + n.substring(7);
        }
        if (PhoneNumbers.isLandline(n)) {
            String[] parts = PhoneNumbers.landlineParts(n);
            return parts[0] + "-****" + parts[1].substring(parts[1].length() - 4) + parts[2];
        }
        int length = n.length();
        if (length < 7) {
            return n;
        }
        // "first 3 + **** + last 4" would show all of a 7-digit local number, so keep the first 3 only from 10 on.
        String head = length >= 10 ? n.substring(0, 3) : "";
        return head + "****" + n.substring(length - 4);
    }

    /**
     * 18 characters: first 6 + 8 stars + last 4, so the birth date is always hidden (110105********002X);
     * other lengths from 10: first 3 + stars + last 2; shorter: all stars.
     */
    public static String maskIdNumber(String idNumber) {
        if (idNumber == null) {
            return "";
        }
        String n = ChineseIdNumber.normalize(idNumber);
        int length = n.length();
        if (length == ChineseIdNumber.LENGTH) {
            return n.substring(0, 6) + "*".repeat(8) + n.substring(14);
        }
        if (length >= 10) {
            return n.substring(0, 3) + "*".repeat(length - 5) + n.substring(length - 2);
        }
        return "*".repeat(length);
    }

    /**
     * Separators people type between names: 、 , ; line breaks, and a space between two Chinese names
     * ("钱大 钱二"); a space inside a Latin name ("John Smith") does not split it.
     */
    private static final String NAME_SEPARATORS = "[、,，;；\\r\\n]+|(?<=\\p{IsHan})[\\s\\u3000]+(?=\\p{IsHan})";

    /** The names of a list as people type it ("王秀英、张强; 李四"), stripped, in order. */
    public static java.util.List<String> names(String list) {
        if (list == null || list.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(list.split(NAME_SEPARATORS)).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }

    /** Each name of a list masked on its own, joined by 、: "王秀英、张强" → "王某某、张某". */
    public static String maskNames(String list) {
        return String.join("、", names(list).stream().map(Masking::maskName).toList());
    }

    /**
     * {@code text} with every full name of {@code list} replaced by its masked form ("王秀英诉张强" → "王某某诉张某").
     * Longer names first, so that 王秀英 is masked whole even when 王秀 is another name; one-character names are
     * left alone, since replacing a single character everywhere would garble the text.
     */
    public static String maskNamesIn(String text, String list) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String masked = text;
        for (String name : names(list).stream().filter(n -> n.codePointCount(0, n.length()) > 1).distinct()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) {
            masked = masked.replace(name, maskName(name));
        }
        return masked;
    }
}
