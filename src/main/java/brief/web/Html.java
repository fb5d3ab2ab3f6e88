package brief.web;

/** HTML escaping: every text that reaches a page goes through {@link #text}. */
final class Html {

    private Html() {
    }

    /** {@return {@code s} with {@code & < > " '} escaped, safe in element content and quoted attributes} */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * {@return a search snippet as HTML: the text escaped, then only the highlighter's own {@code <b>}
     * and {@code </b>} turned back into marks} A {@code <script>} in a brief stays text.
     */
    static String snippet(String snippet) {
        return text(snippet).replace("&lt;b&gt;", "<mark>").replace("&lt;/b&gt;", "</mark>");
    }

    /** {@return {@code s} for a URL query parameter} */
    static String param(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }
}
