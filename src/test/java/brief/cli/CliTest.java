package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.facts.FactsJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: exit codes, what reaches standard output and standard error. */
class CliTest {

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) { }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void extractReadsPlainTextAndKeepsOffsetsIntoIt() throws Exception {
        Path text = tmp.resolve("news.txt");
        String body = "삼성전자는 올해 3분기 평택에 2나노 공정 라인을 세우고 약 5조 원을 투자한다고 밝혔다.\n\n"
                + "대만의 TSMC는 2027년말까지 구마모토 제2공장을 가동할 계획이다.\n";
        Files.writeString(text, body, StandardCharsets.UTF_8);
        Run r = run("extract", "--text", text.toString(), "--published", "2025-06", "--out", tmp.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode facts = FactsJson.read(tmp.resolve("news.json"));
        String clean = Files.readString(tmp.resolve("news.txt"));
        assertEquals(body, clean);
        assertEquals("brief-facts/1", facts.path("schema").asText());
        assertEquals("KRW", facts.path("amounts").get(0).path("currency").asText());
        assertEquals(5_000_000_000_000L, facts.path("amounts").get(0).path("value").asLong());
        assertEquals(2, facts.path("nodes").get(0).path("nm").asInt());
        for (String list : new String[] {"firms", "dates", "amounts", "nodes"}) {
            for (JsonNode fact : facts.path(list)) {
                for (JsonNode m : fact.path("mentions")) {
                    assertEquals(m.path("text").asText(), clean.substring(m.path("start").asInt(), m.path("end").asInt()));
                }
            }
        }
    }

    /** The evaluation part of konec is scored only: its errors are not listed, before any data is read. */
    @Test
    void evalNerListsNoErrorsOfTheEvaluationPart() {
        Run r = run("eval-ner", "--errors", "combined:firm", "--data", tmp.resolve("none.tsv").toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("--errors combined:firm: the evaluation part is only scored, never read"), r.err());
        Run typo = run("eval-ner", "--errors", "combined:firms", "--part", "dev");
        assertEquals(2, typo.code(), typo.err());
        assertTrue(typo.err().contains("write CONFIG:TYPE"), typo.err());
    }

    @Test
    void aMissingPdfIsOneLineNamingTheFile() {
        Run r = run("extract", tmp.resolve("nope.pdf").toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("nope.pdf: no such file"), r.err());
    }

    @Test
    void ingestPrintsTheNotesOfAnEnglishBriefAndSearchFindsIt() throws Exception {
        Path pdf = brief.BriefPdfs.english(tmp.resolve("chips.pdf"));
        Run r = run("ingest", pdf.toString(), "--index", tmp.resolve("index").toString(),
                "--out", tmp.resolve("extracted").toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.err().lines().filter(l -> l.startsWith("brief: note: ")).count(), r.err());
        assertTrue(r.err().contains("brief: note: " + pdf + ": language 'en', not Korean"), r.err());
        Run search = run("search", "subsidies", "--json", "--index", tmp.resolve("index").toString());
        assertEquals(0, search.code(), search.err());
        JsonNode hit = new com.fasterxml.jackson.databind.ObjectMapper().readTree(search.out()).path("hits").get(0);
        assertEquals("chips", hit.path("id").asText());
        assertTrue(hit.path("snippet").asText().matches(".*<b>subsid(y|ies)</b>.*"), hit.toString());
    }

    @Test
    void aBadFileInABatchIsReportedAndTheRestIsIngested() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("corpus/fki-global-brief-16.pdf"), dir.resolve("good.pdf"));
        Files.writeString(dir.resolve("bad.pdf"), "this is not a PDF");
        Run r = run("ingest", dir.toString(), "--index", tmp.resolve("index").toString(),
                "--out", tmp.resolve("extracted").toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("bad.pdf: not a readable PDF"), r.err());
        assertTrue(Files.exists(tmp.resolve("extracted/good.json")));
        Run again = run("ingest", dir.resolve("good.pdf").toString(), "--index", tmp.resolve("index").toString(),
                "--out", tmp.resolve("extracted").toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("unchanged"), again.out());
        Run search = run("search", "폭스콘", "--index", tmp.resolve("index").toString(), "--json");
        assertEquals(0, search.code(), search.err());
        JsonNode hits = FactsJson.mapper().readTree(search.out());
        assertEquals("good", hits.path("hits").get(0).path("id").asText());
        assertTrue(hits.path("hits").get(0).path("snippet").asText().contains("<b>폭스콘</b>"));
    }

    @Test
    void aMalformedQueryExitsOneWithoutAStackTrace() {
        Run r = run("search", "\"unclosed", "--syntax", "--index", tmp.toString());
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void exportCsvStartsWithABomAndKeepsKorean() throws Exception {
        Path out = tmp.resolve("facts.csv");
        Run r = run("export", "--extracted", "extracted", "--format", "csv", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        String csv = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFdocument,list,name"), csv.substring(0, 40));
        assertTrue(csv.contains("폭스콘"));
    }

    @Test
    void exportJsonlIsOneFactPerLine() throws Exception {
        Path out = tmp.resolve("facts.jsonl");
        Run r = run("export", "--format", "jsonl", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        var lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.size() >= 30, "rows: " + lines.size());
        var ids = new java.util.HashSet<String>();
        for (String line : lines) {
            JsonNode row = FactsJson.mapper().readTree(line);
            ids.add(row.path("document").asText());
        }
        var expected = new java.util.HashSet<String>();
        try (var files = Files.list(Path.of("extracted"))) {
            files.filter(f -> f.toString().endsWith(".json"))
                    .forEach(f -> expected.add(f.getFileName().toString().replace(".json", "")));
        }
        assertEquals(expected, ids);
    }

    @Test
    void aBatchOfBadFilesGetsOneLineEachAndTheGoodOneIsIngested() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("batch"));
        Files.write(dir.resolve("empty.pdf"), new byte[0]);
        Files.writeString(dir.resolve("text.pdf"), "회의록\n");
        byte[] good = Files.readAllBytes(Path.of("corpus/fki-global-brief-16.pdf"));
        Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(good, good.length / 3));
        Files.write(dir.resolve("good.pdf"), good);
        Run r = run("ingest", dir.toString(), "--index", tmp.resolve("index").toString(),
                "--out", tmp.resolve("out").toString());
        assertEquals(1, r.code());
        var lines = r.err().strip().lines().toList();
        assertEquals(3, lines.size(), r.err());
        assertTrue(lines.get(0).contains("cut.pdf: "), r.err());
        assertTrue(lines.get(1).contains("empty.pdf: empty file (0 bytes)"), r.err());
        assertTrue(lines.get(2).contains("text.pdf: not a readable PDF"), r.err());
        assertTrue(r.out().contains("1 ingested, 0 unchanged, 3 failed"), r.out());
        Run search = run("search", "폭스콘", "--index", tmp.resolve("index").toString(), "--json");
        assertEquals(0, search.code(), search.err());
    }
}
