package brief.extract;

import brief.nlp.AnalyzedText;
import brief.nlp.NerModel;
import brief.nlp.NerSpan;
import brief.nlp.NerType;
import brief.nlp.Token;
import brief.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Firm and organisation names from the statistical model ({@link NerModel}), for names nobody listed.
 * Each sentence is given to the model with its Nori morphemes and the names the gazetteer knows in it
 * (a feature, not a verdict); the model's date and money spans are left to the rule extractors.
 *
 * <p>The model fills gaps; it does not overrule the curated list. A span that overlaps a gazetteer
 * name without being exactly it is dropped ({@code 삼성 라이온즈} around {@code 삼성}), and so is a bare
 * country name or {@code 정부}: konec tags a country acting as a state as an organisation, while brief
 * names governments by the rule {@code <country> 정부}. A weak alias alone ({@code 삼성}) stays
 * dropped as {@link GazetteerFinder} decided, and a span of common nouns only ({@code 반도체 투자}) is
 * not a name, as {@link RuleFinder} also holds; nor is a word glued to a noun rather than a particle
 * ({@code IT} in {@code IT기반}).
 */
public final class OpenNlpNameFinder implements NameFinder {

    private final NerModel model;
    private final Gazetteer gazetteer;
    private final java.util.Set<EntityKind> kinds;

    /** @param kinds the kinds of name to keep from the model */
    public OpenNlpNameFinder(NerModel model, Gazetteer gazetteer, java.util.Set<EntityKind> kinds) {
        this.model = model;
        this.gazetteer = gazetteer;
        this.kinds = java.util.EnumSet.copyOf(kinds);
    }

    @Override
    public List<EntityMention> find(AnalyzedText analyzed) {
        String text = analyzed.text();
        List<NerModel.Sentence> sentences = sentences(analyzed, gazetteer);
        List<List<NerSpan>> found = model.find(sentences);
        List<Gazetteer.Match> matches = gazetteer.find(text);
        List<Span> listed = matches.stream().map(Gazetteer.Match::span).toList();
        List<NerSpan> known = known(matches);
        java.util.Set<Span> strongSpans = new java.util.HashSet<>();
        known.forEach(k -> strongSpans.add(k.span()));
        // a body's weak alias (민주당) the model reads, in its context, as a name of the alias's kind
        java.util.Map<Span, java.util.Set<EntityKind>> weakSpans = new java.util.HashMap<>();
        for (Gazetteer.Match m : matches) {
            // a weak alias of one kind only (all firms: 삼성, 지브리; all bodies: 민주당); one shared by a
            // firm and a body stays the gazetteer's call; a ball club's full name (삼성 라이온즈) is a longer
            // strong alias, which the gazetteer takes first
            if (m.weak() && m.entries().stream().map(Gazetteer.Entry::kind).distinct().count() == 1) {
                m.entries().forEach(e -> weakSpans.computeIfAbsent(m.span(), x -> java.util.EnumSet.noneOf(EntityKind.class))
                        .add(e.kind()));
            }
        }
        TokenIndex tokens = new TokenIndex(analyzed.tokens());
        List<EntityMention> out = new ArrayList<>();
        java.util.Map<String, Integer> tagged = new java.util.HashMap<>(); // the model's names, by their words
        for (List<NerSpan> spans : found) {
            for (NerSpan raw : spans) {
                java.util.Optional<NerSpan> cut = trimmed(text, tokens, raw);
                if (cut.isEmpty()) {
                    continue;
                }
                NerSpan read = cut.get();
                if (read.type() == NerType.FIRM || read.type() == NerType.ORGANIZATION) {
                    tagged.merge(read.span().of(text), 1, Integer::sum);
                }
                boolean titleCut = read.span().end() < raw.span().end(); // a post follows, not a particle
                String surface = read.span().of(text);
                // the model's span over a weak alias of one kind says it is a name here; the gazetteer says
                // which kind (YG, 삼성 read as a body are still firms)
                java.util.Set<EntityKind> weakKind = weakSpans.getOrDefault(read.span(), java.util.Set.of());
                NerSpan s = weakKind.size() == 1 && (read.type() == NerType.FIRM || read.type() == NerType.ORGANIZATION)
                        ? new NerSpan(read.span(), weakKind.contains(EntityKind.FIRM) ? NerType.FIRM : NerType.ORGANIZATION)
                        : read;
                boolean strong = strongSpans.contains(s.span()) || !weakKind.isEmpty();
                // a body's head vouches for common nouns before it (서울 경찰, 축구 대표팀, 금융당국)
                java.util.Optional<String> head = s.type() == NerType.ORGANIZATION
                        ? OrgKinds.of(lastWord(surface)).or(() -> courtShort(tokens, s.span()))
                        : RuleFinder.hasNamedFirmHead(lastWord(surface)) ? java.util.Optional.of("") : java.util.Optional.empty();
                // a bare 정부 is the writer's own government, which a brief does not name (the corpus gold
                // leaves it out); a country's government comes from the rule <country> 정부
                // a generic noun in brackets glued to a word glosses that word: 핵심재정사업(군), a group
                boolean gloss = s.span().start() > 1 && text.charAt(s.span().start() - 1) == '('
                        && Character.isLetter(text.charAt(s.span().start() - 2)) && OrgKinds.institution(surface).isPresent();
                boolean acronym = s.type() == NerType.ORGANIZATION && acronymWithParticle(text, s.span(), surface);
                if (surface.equals("정부") || gloss || gazetteer.country(surface).isPresent()
                        || shortAcronym(surface, strong) && !acronym
                        || !strong && (capitalsWord(surface) || latinWithCommonNoun(tokens, s.span(), surface))
                        || !strong && overlapsAny(listed, s.span())
                        || head.isEmpty() && !acronym && commonNounsOnly(tokens, s.span())
                        || !titleCut && !RuleFinder.followedByTail(text, s.span().end())) {
                    continue;
                }
                switch (s.type()) {
                    case FIRM -> {
                        if (kinds.contains(EntityKind.FIRM) && !endsInCommonNoun(tokens, s.span(), surface)
                                && !latinPhrase(surface) && (strong || !bareAcronym(text, s.span(), surface))) {
                            out.add(RuleFinder.unknown(s.span(), text, EntityKind.FIRM, ""));
                        }
                    }
                    case ORGANIZATION -> {
                        // a body's name ends with its head (위원회, 협회, 부, 경찰) or is a proper noun
                        // with a particle glued on (토트넘은, 연합뉴스에 따르면: a noun after it, 백도어 제거,
                        // or brackets around it, 코딩(파이썬), make it a term); the model's other
                        // organisations in briefs are mostly a country with a common noun (대만 산업협력)
                        // after a post cut off (이수진의원), only a body's head tells a body from a person
                        if (kinds.contains(EntityKind.ORGANIZATION) && (head.isPresent() || !titleCut && (acronym || properName(tokens, s.span())
                                && (Josa.hangulRunEnd(text, s.span().end()) > s.span().end() || universityShort(surface) && !personWithAffiliation(text, s.span(), listed)
                                        || particleAfterMark(text, s.span()) || affiliation(text, tokens, s.span()))))
                                && !latinPhrase(surface) && (!surface.endsWith("법") || head.equals(java.util.Optional.of("court")))) {
                            // 에너지법: a law, no body; 서울서부지법: a court
                            out.add(RuleFinder.unknown(s.span(), text, EntityKind.ORGANIZATION, head.orElse("")));
                        }
                    }
                    case DATE, MONEY -> { }
                }
            }
        }
        return outvoted(text, tagged, strongSpans, out);
    }

    /** How often a word must occur before the model's own vote over its occurrences counts. */
    static final int VOTE_OCCURRENCES = 4;

    /**
     * {@return {@code kept} without the names the model itself read as names in fewer than a quarter of the
     * places the same word stands in the text} ({@code 엘리먼트} tagged a firm in 7 of its 591 places in a
     * file format's specification): a name is a name wherever it stands, and the model reads most of a real
     * name's mentions as one; a common word it takes for a name in an odd sentence it reads as a word
     * everywhere else. Words that occur fewer than {@link #VOTE_OCCURRENCES} times, and names the
     * gazetteer knows, are not put to the vote.
     */
    private static List<EntityMention> outvoted(String text, java.util.Map<String, Integer> tagged,
                                                java.util.Set<Span> strong, List<EntityMention> kept) {
        java.util.Map<String, Boolean> verdicts = new java.util.HashMap<>();
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : kept) {
            boolean keep = strong.contains(m.span()) || verdicts.computeIfAbsent(m.text(), w -> {
                int occurrences = wordStarts(text, w);
                return occurrences < VOTE_OCCURRENCES || 4 * tagged.getOrDefault(w, 0) >= occurrences;
            });
            if (keep) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * {@return how many times {@code word} stands in {@code text} as a word of its own} (not inside a longer
     * word: a particle may follow it, a noun may not, as {@code 한국교원대} in {@code 한국교원대학교})
     */
    static int wordStarts(String text, String word) {
        int count = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            if ((at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1))) && RuleFinder.followedByTail(text, at + word.length())) {
                count++;
            }
        }
        return count;
    }

    /**
     * {@return whether {@code surface} is one word of seven or more capitals (and digits or underscores)}
     * ({@code SHAPEOBJECT}, {@code HWPUNIT}, {@code BINDATA}): acronyms are shorter, and a firm or body
     * written in capitals at such length is one the gazetteer lists ({@code SAMSUNG}); in real documents
     * these are a format's or a program's identifiers.
     */
    static boolean capitalsWord(String surface) {
        return surface.length() >= 7 && Character.isUpperCase(surface.charAt(0))
                && surface.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
    }

    /**
     * {@return whether {@code surface} is a Latin word with one common Korean noun glued after it that is no
     * company or body head} ({@code SCSI디스크}, {@code UNIX계열}, {@code DISK박스}, {@code HorzRelTo값}): a
     * technical term and what it is; a firm so written ends in a head ({@code BC카드}, {@code SK건설},
     * {@code KGI증권}) or a name ({@code SK하이닉스}), which Nori reads as a proper noun. After an identifier
     * in capitals ({@link #capitalsWord}) any noun is what the identifier is ({@code BORDERFILL엘리먼트}).
     */
    static boolean latinWithCommonNoun(TokenIndex tokens, Span span, String surface) {
        int cut = 0;
        while (cut < surface.length() && surface.charAt(cut) < 128 && !Character.isWhitespace(surface.charAt(cut))) {
            cut++;
        }
        if (cut == 0 || cut == surface.length() || !Character.isLetter(surface.charAt(0))
                || !Josa.isHangul(surface.substring(cut))) {
            return false;
        }
        String tail = surface.substring(cut);
        if (capitalsWord(surface.substring(0, cut))) {
            return true; // an identifier and what it is: BORDERFILL엘리먼트
        }
        List<Token> within = tokens.within(new Span(span.start() + cut, span.end()));
        return within.size() == 1 && within.get(0).pos().equals("NNG") && within.get(0).surface().equals(tail)
                && !RuleFinder.hasFirmHead("한국" + tail) && OrgKinds.of("한국" + tail).isEmpty()
                && !brief.nlp.NerFeatures.isFirmSuffix(tail);
    }

    /**
     * {@return {@code found} without a counter glued to a number before it ({@code 제375회국회}: 국회) and without
     * a person's post at its end ({@code 보건복지부장관}: 보건복지부)} A lone post stays as found, for
     * {@link NameCheck} to drop.
     */
    private static java.util.Optional<NerSpan> trimmed(String text, TokenIndex tokens, NerSpan found) {
        if (startsInsideAWord(text, found.span())) {
            return java.util.Optional.empty();
        }
        List<Token> within = tokens.within(found.span());
        int from = 0;
        int to = within.size();
        if (to > 1 && within.get(0).pos().equals("NNBC") && found.span().start() > 0
                && Character.isDigit(text.charAt(found.span().start() - 1))) {
            from = 1;
        }
        if (to - from > 1 && NameCheck.TITLES.contains(within.get(to - 1).surface())) {
            to--;
        }
        if (from == 0 && to == within.size()) {
            return java.util.Optional.of(found);
        }
        return java.util.Optional.of(new NerSpan(new Span(within.get(from).span().start(), within.get(to - 1).span().end()),
                found.type()));
    }

    /**
     * {@return whether the span starts after a Hangul syllable of the same word, on a morpheme Nori cut
     * inside a longer name} The model tags morphemes, so where Nori cuts an unlisted name badly it may
     * tag only the last piece ({@code 흥원} of 한국콘텐츠진흥원, cut 진 + 흥원): a piece of a word is no name.
     */
    static boolean startsInsideAWord(String text, Span span) {
        int at = span.start();
        return at > 0 && at < text.length() && isSyllable(text.charAt(at - 1)) && isSyllable(text.charAt(at));
    }

    private static boolean isSyllable(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    /**
     * {@return whether {@code surface} is a Latin acronym of three letters or fewer that the gazetteer does
     * not list} Such acronyms in briefs are mostly terms (IT, AI, EV, SoC), and the model's context is
     * no evidence either way; listed firms (LG, SK, KT) come from the gazetteer.
     */
    private static boolean shortAcronym(String surface, boolean listed) {
        return !listed && surface.length() <= 3 && surface.chars().allMatch(c -> c < 128 && Character.isLetter(c));
    }

    /**
     * {@return whether a closing quote or bracket and then a particle follow {@code span}} ({@code '서울스포츠닷컴'이}):
     * the particle is the name's, as if glued on
     */
    private static boolean particleAfterMark(String text, Span span) {
        int end = span.end();
        return end + 1 < text.length() && "'’\"”)」』".indexOf(text.charAt(end)) >= 0
                && Josa.hangulRunEnd(text, end + 1) > end + 1 && Josa.isTail(text.subSequence(end + 1, Josa.hangulRunEnd(text, end + 1)));
    }

    /**
     * {@return whether {@code span} stands alone in brackets right after a proper noun} ({@code 박은선(로시얀카)을},
     * {@code 김재범(한국마사회)에}): a person's team, employer or party, as news writes them; after a common
     * noun the brackets gloss it ({@code 코딩(파이썬)}, {@code 지침(공정거래위원회예규)})
     */
    private static boolean affiliation(String text, TokenIndex tokens, Span span) {
        int start = span.start();
        int end = span.end();
        if (start < 2 || text.charAt(start - 1) != '(' || !Character.isLetter(text.charAt(start - 2))
                || end >= text.length() || text.charAt(end) != ')') {
            return false;
        }
        List<Token> before = tokens.within(new Span(Math.max(0, start - 12), start - 1));
        return !before.isEmpty() && before.get(before.size() - 1).pos().equals("NNP")
                && before.get(before.size() - 1).span().end() == start - 1;
    }

    /** Four to six capital letters, or three and a digit: an acronym ({@code NASA}, {@code OSEN}, {@code KBS2}). */
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{4,6}|[A-Z]{3}[0-9]");

    /**
     * {@return whether {@code surface} is an acronym of four characters or more with a particle glued on
     * ({@code OSEN이}, {@code NASA의}) that is no technology term ({@code HBM}, {@code DRAM})} Written so,
     * the acronym is the subject or object of its sentence, which a body is. Shorter ones stay out (see
     * {@link #shortAcronym}): with a particle they are as often a term ({@code MC로}, {@code OST가}, {@code CF를}).
     */
    /**
     * {@return whether {@code surface} is an acronym of four characters or more with neither a particle nor a
     * firm's word after it} ({@code ※출처 : ECHA, HSDB}, {@code GESTIS}, {@code CERCLA 규정}): in briefs and data
     * sheets such acronyms name databases, laws and programmes; a firm is written {@code NAVER는}, {@code KOTRA 측}.
     */
    private static boolean bareAcronym(String text, Span span, String surface) {
        return ACRONYM.matcher(surface).matches() && Josa.hangulRunEnd(text, span.end()) == span.end()
                && !FIRM_AFTER.matcher(text.substring(span.end(), Math.min(text.length(), span.end() + 4))).lookingAt();
    }

    /** A firm's word after its name: its side, shares, group or chief. */
    private static final java.util.regex.Pattern FIRM_AFTER = java.util.regex.Pattern.compile(" ?(?:측|주가|주식|그룹|회장|사장|대표)");

    private static boolean acronymWithParticle(String text, Span span, String surface) {
        return ACRONYM.matcher(surface).matches() && !RuleFinder.isGeneric(surface)
                && Josa.hangulRunEnd(text, span.end()) > span.end();
    }

    private static final java.util.Set<String> COMMON = java.util.Set.of("NNG", "NNB", "NR", "XSN", "XPN", "VV",
            "VA", "MM", "MAG", "J", "E");

    /**
     * {@return whether every morpheme of {@code span} is a common word} A short Latin term ({@code AI},
     * {@code CI}) counts as one: in {@code AI반도체 육성} or {@code CI 입자} it names no company.
     */
    private static boolean commonNounsOnly(TokenIndex tokens, Span span) {
        return tokens.within(span).stream().allMatch(t -> COMMON.contains(t.pos()) || t.isParticle()
                || t.pos().equals("SL") && t.surface().length() <= 3);
    }

    /**
     * {@return whether {@code surface} is several Latin words with no company or body head} ({@code Consumer
     * Electronics Show}, {@code System Function Requirement}): the model learnt from Korean news, where English names are few; the gazetteer
     * lists the English names of firms, and the rules take those with a legal form ({@code Inc.})
     */
    private static boolean latinPhrase(String surface) {
        return surface.contains(" ") && surface.chars().allMatch(c -> c < 128)
                && !RuleFinder.hasFirmHead(lastWord(surface)) && OrgKinds.of(lastWord(surface)).isEmpty();
    }

    private static final java.util.Set<String> NOT_IN_NAMES = java.util.Set.of("MAG", "MAJ", "IC", "VV", "VA", "VX",
            "VCP", "VCN", "EP", "EF", "EC", "ETN", "ETM", "SN");

    /**
     * {@return whether Nori reads a proper noun in {@code span} and nothing a name does not hold: no verb,
     * adverb, ending or number} ({@code 토트넘}, {@code 새정치추진}, but not {@code LC50} or {@code 왜 중앙})
     */
    private static boolean properName(TokenIndex tokens, Span span) {
        List<Token> within = tokens.within(span);
        return span.length() >= 2 && within.stream().anyMatch(t -> t.pos().equals("NNP"))
                && within.stream().noneMatch(t -> NOT_IN_NAMES.contains(t.pos()));
    }

    /**
     * {@return whether {@code surface} is one Hangul word of three syllables or more ending in 대, the short
     * form of a university's name} ({@code 제주대}, {@code 동국대}); it counts only where Nori also reads a
     * proper noun in it, so {@code 시대} and {@code 최대} stay words
     */
    private static boolean universityShort(String surface) {
        return surface.length() >= 3 && surface.endsWith("대") && Josa.isHangul(surface);
    }

    /**
     * {@return whether a name and a space are followed by a listed body or firm or by a person's post} ({@code 윤석대
     * 한국수자원공사 사장}, {@code 김철대 사장}): how a person is written, name first; a university's short form is
     * followed by what belongs to it ({@code 제주대 연구팀}, {@code 경일대 교수}).
     */
    private static boolean personWithAffiliation(String text, Span span, List<Span> listed) {
        int next = span.end() + 1;
        if (next >= text.length() || text.charAt(span.end()) != ' ') {
            return false;
        }
        int lo = 0;
        int hi = listed.size();
        while (lo < hi) { // the first listed name starting at or after next
            int mid = (lo + hi) >>> 1;
            if (listed.get(mid).start() < next) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if (lo < listed.size() && listed.get(lo).start() == next) {
            return true;
        }
        int wordEnd = next;
        while (wordEnd < text.length() && Josa.isHangul(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = text.substring(next, wordEnd);
        return PERSONS_POSTS.stream().anyMatch(t -> word.equals(t) || word.startsWith(t) && Josa.isTail(word.substring(t.length())));
    }

    /** Posts and forms of address that follow a person's name and never a university's ({@code 교수} and {@code 총장} do). */
    private static final java.util.Set<String> PERSONS_POSTS = java.util.Set.of("사장", "부사장", "회장", "부회장", "대표",
            "대표이사", "장관", "차관", "의원", "대통령", "총리", "시장", "군수", "지사", "씨", "님");

    /**
     * {@return "court" when Nori reads the last morpheme of {@code span} as 지법 or 고법, a district or high
     * court's short form after its seat ({@code 서울서부지법}, {@code 대전고법})} Only the morpheme tells: as a
     * string the end of a law's name looks the same ({@code 에너지법}, {@code 광고법}), but Nori reads those as
     * 에너지법 and 광고 + 법.
     */
    private static java.util.Optional<String> courtShort(TokenIndex tokens, Span span) {
        List<Token> within = tokens.within(span);
        if (span.length() < 4 || within.isEmpty()) {
            return java.util.Optional.empty();
        }
        String last = within.get(within.size() - 1).surface();
        return last.equals("지법") || last.equals("고법") ? java.util.Optional.of("court") : java.util.Optional.empty();
    }

    /** {@return whether {@code span} overlaps one of {@code sorted}: spans in text order, none overlapping another} */
    private static boolean overlapsAny(List<Span> sorted, Span span) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) { // the first span that ends after span starts
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).end() <= span.start()) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < sorted.size() && sorted.get(lo).overlaps(span);
    }

    /**
     * {@return whether a name of several words ends in a word of common nouns that is no company head}
     * ({@code 섬네일 표시부}: a thumbnail display unit); a firm's name of several words ends in a name
     * ({@code 스튜디오 지브리}) or a head ({@code 말레이시아 항공}).
     */
    private static boolean endsInCommonNoun(TokenIndex tokens, Span span, String surface) {
        int space = surface.lastIndexOf(' ');
        if (space < 0 || RuleFinder.hasFirmHead(lastWord(surface))) {
            return false;
        }
        List<Token> last = tokens.within(new Span(span.start() + space + 1, span.end()));
        return !last.isEmpty() && last.stream().allMatch(t -> COMMON.contains(t.pos()));
    }

    private static String lastWord(String surface) {
        String[] words = surface.strip().split("\\s+");
        return words[words.length - 1];
    }

    /** {@return each sentence of the text with its morphemes and the names the gazetteer knows in it} */
    public static List<NerModel.Sentence> sentences(AnalyzedText analyzed, Gazetteer gazetteer) {
        List<NerSpan> known = known(gazetteer, analyzed.text());
        List<NerModel.Sentence> out = new ArrayList<>();
        int t = 0;
        int k = 0;
        List<Token> tokens = analyzed.tokens();
        for (Span sentence : analyzed.sentences()) {
            while (t < tokens.size() && tokens.get(t).span().start() < sentence.start()) {
                t++;
            }
            int from = t;
            while (t < tokens.size() && tokens.get(t).span().end() <= sentence.end()) {
                t++;
            }
            // names and sentences both run left to right: one walk over the names for the whole text
            while (k < known.size() && known.get(k).span().start() < sentence.start()) {
                k++;
            }
            List<NerSpan> inside = new ArrayList<>();
            for (int j = k; j < known.size() && known.get(j).span().start() < sentence.end(); j++) {
                if (sentence.contains(known.get(j).span())) {
                    inside.add(known.get(j));
                }
            }
            out.add(NerModel.Sentence.of(analyzed.text(), sentence, tokens.subList(from, t), inside));
        }
        return out;
    }

    /** {@return the spans of {@code text} a strong gazetteer alias names, typed firm or organisation} */
    public static List<NerSpan> known(Gazetteer gazetteer, String text) {
        return known(gazetteer.find(text));
    }

    private static List<NerSpan> known(List<Gazetteer.Match> matches) {
        List<NerSpan> out = new ArrayList<>();
        for (Gazetteer.Match m : matches) {
            if (!m.weak()) {
                out.add(new NerSpan(m.span(), m.entries().get(0).kind() == EntityKind.FIRM
                        ? NerType.FIRM : NerType.ORGANIZATION));
            }
        }
        return out;
    }
}
