package brief.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.index.BriefIndex;
import brief.index.Passage;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index bench serves for {@code --serve-pages}: copies of the batch's briefs until the pages are covered. */
class BenchServeIndexTest {

    @TempDir
    Path dir;

    @Test
    void copiesBriefsUnderNewIdsUntilThePagesAreCovered() {
        Path source = dir.resolve("index");
        BriefIndex index = new BriefIndex(source);
        // two briefs of three and two pages, sentences of the corpus brief fki-global-brief-16
        index.replace("a", List.of(passage("a", 1, 0, "일본-대만 전략산업 협력의 확산: 전기차와 반도체"),
                passage("a", 2, 1, "대만의 폭스콘은 일본 미쓰비시자동차와 협력해 전기차 위탁생산에 나선다"),
                passage("a", 3, 2, "TSMC의 일본 투자는 구마모토 공장에서 시작되었다")));
        index.replace("b", List.of(passage("b", 1, 0, "반도체 보조금은 일본 정부가 지원한다"),
                passage("b", 2, 1, "소재와 부품의 협력이 이어진다")));
        Path target = dir.resolve("serve");
        int[] counts = BenchCommand.copyIndex(source, target, 12);
        List<Passage> copied = new BriefIndex(target).passages();
        long pages = copied.stream().map(p -> p.docId() + "/" + p.page()).distinct().count();
        assertTrue(pages >= 12 && pages < 12 + 3, pages + " pages");
        assertArrayEquals(new int[] {(int) copied.stream().map(Passage::docId).distinct().count(), copied.size()}, counts);
        assertTrue(copied.stream().noneMatch(p -> p.docId().equals("a") || p.docId().equals("b")), "new ids only");
        assertEquals(java.util.Set.of("a", "b"), copied.stream().map(p -> p.docId().substring(0, 1)).collect(Collectors.toSet()));
        // a second copy starts afresh rather than adding to the first
        BenchCommand.copyIndex(source, target, 5);
        assertTrue(new BriefIndex(target).passages().size() < copied.size());
    }

    private static Passage passage(String doc, int page, int ordinal, String text) {
        return new Passage(doc, "제목 " + doc, "sha-" + doc, page, ordinal, text,
                new Passage.Tags(List.of(), List.of(), List.of(), List.of(), List.of()), "ko");
    }
}
