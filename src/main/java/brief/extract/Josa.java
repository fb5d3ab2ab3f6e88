package brief.extract;

import java.util.Set;

/**
 * What may follow a Korean name inside the same word: particles (josa), the copula and a few bound
 * nouns that attach to company names ({@code 측}, {@code 사}, {@code 등}). A name followed by any
 * other Hangul is the start of a longer word ({@code 삼성동}, {@code 소니아}) and is no match.
 */
final class Josa {

    // Left out on purpose, though they are particles or endings: 아/야 (vocative, 소니아), 인 (현대인),
    // 간/내 (양사간 reads better spaced), 란/라 (too short to tell from a word's syllable).
    private static final Set<String> PARTS = Set.of(
            "은", "는", "이", "가", "을", "를", "의", "와", "과", "에", "에서", "에게", "께", "한테",
            "으로", "로", "으로서", "로서", "으로써", "로써", "도", "만", "까지", "부터", "처럼", "보다",
            "이나", "나", "든지", "이든지", "조차", "마저", "뿐", "마다", "밖에", "이랑", "랑", "하고",
            "등", "측", "사", "들", "이다", "이며", "이고", "이자", "였다", "이었다", "였고", "이었고",
            "였으며", "이었으며", "이라는", "라는", "이라고", "라고", "이라며", "라며", "이란", "에선",
            "엔", "의해", "에의", "로부터", "으로부터", "과도", "와도", "같은", "이라");

    private static final int MAX_PARTS = 3;

    private Josa() {
    }

    /** {@return whether {@code tail} is empty or a chain of up to three particles} */
    static boolean isTail(CharSequence tail) {
        return chain(tail.toString(), 0, 0);
    }

    private static boolean chain(String s, int from, int used) {
        if (from == s.length()) {
            return true;
        }
        if (used == MAX_PARTS) {
            return false;
        }
        for (int end = s.length(); end > from; end--) {
            if (PARTS.contains(s.substring(from, end)) && chain(s, end, used + 1)) {
                return true;
            }
        }
        return false;
    }

    static boolean isHangul(char c) {
        return (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u3131' && c <= '\u318E');
    }

    /** {@return whether every character of {@code s} is a Hangul syllable or jamo} */
    static boolean isHangul(String s) {
        return s.chars().allMatch(c -> isHangul((char) c));
    }

    static boolean isLatinOrDigit(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || (c >= '\u00C0' && c <= '\u024F');
    }

    /** {@return the end of the run of Hangul that starts at {@code from}} */
    static int hangulRunEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && isHangul(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
