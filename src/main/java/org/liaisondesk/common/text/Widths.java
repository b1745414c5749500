package org.liaisondesk.common.text;

/** Helpers for text typed with a Chinese input method or pasted from Word/WeChat. */
final class Widths {
    private Widths() {
    }

    /** Full-width ASCII forms (U+FF01 to U+FF5E) become ASCII; the ideographic space becomes a plain space. */
    static String toHalfWidth(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Any kind of space, including no-break space, and invisible format characters (zero-width space, BOM). */
    static boolean isBlankOrInvisible(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /** Half-width text with every space and invisible character removed. */
    static String compact(String s) {
        String half = toHalfWidth(s);
        StringBuilder sb = new StringBuilder(half.length());
        for (int i = 0; i < half.length(); i++) {
            char c = half.charAt(i);
            if (!isBlankOrInvisible(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
