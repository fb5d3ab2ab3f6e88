package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.facts.FactsJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first hour of an analyst: files of the same name, mistyped options, busy ports, file modes. */
class DailyUseTest {

    @TempDir
    Path tmp;

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    private static void oneLineNaming(CliTest.Run r, int code, String option) {
        assertEquals(code, r.code(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("brief: ") && r.err().contains(option), r.err());
    }

    @Test
    void twoFilesOfTheSameNameAreTwoDocumentsWithStableIds() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("corpus/fki-global-brief-16.pdf"));
        Path a = Files.createDirectories(tmp.resolve("2024")).resolve("brief.pdf");
        Path b = Files.createDirectories(tmp.resolve("2025")).resolve("brief.pdf");
        Files.write(a, pdf);
        Files.write(b, pdf);
        String index = tmp.resolve("index").toString();
        String out = tmp.resolve("out").toString();
        CliTest.Run r = run("ingest", tmp.resolve("2024").toString(), tmp.resolve("2025").toString(), "--index", index, "--out", out);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("2 ingested"), r.out());
        assertTrue(r.out().contains(a + " -> brief (") && r.out().contains(b + " -> brief-2025 ("), r.out());
        assertTrue(r.err().contains("brief: note: " + b + ": id 'brief-2025'"), "a collision is never silent: " + r.err());
        assertEquals(a.toString(), FactsJson.read(tmp.resolve("out/brief.json")).path("document").path("source").asText());
        assertEquals(b.toString(), FactsJson.read(tmp.resolve("out/brief-2025.json")).path("document").path("source").asText());
        JsonNode hits = FactsJson.mapper().readTree(run("search", "폭스콘", "--index", index, "--json", "--limit", "100").out());
        Set<String> ids = new java.util.TreeSet<>();
        hits.path("hits").forEach(h -> ids.add(h.path("id").asText()));
        assertEquals(Set.of("brief", "brief-2025"), ids);

        CliTest.Run again = run("ingest", b.toString(), a.toString(), "--index", index, "--out", out);
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("0 ingested, 2 unchanged"), "ids stay with their files: " + again.out());
        CliTest.Run alone = run("ingest", b.toString(), "--index", index, "--out", out);
        assertTrue(alone.out().contains("0 ingested, 1 unchanged"), alone.out());
    }

    @Test
    void aFileWithAUniqueNameKeepsItsNameAsId() throws Exception {
        Path pdf = Files.copy(Path.of("corpus/fki-global-brief-16.pdf"), tmp.resolve("반도체 정책 브리프 2025.pdf"));
        CliTest.Run r = run("ingest", pdf.toString(), "--index", tmp.resolve("i").toString(), "--out", tmp.resolve("o").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(tmp.resolve("o/반도체-정책-브리프-2025.json")), r.out());
    }

    @Test
    void wrongOptionValuesAreUsageErrorsOfOneLineNamingTheOption() {
        oneLineNaming(run("search", "반도체", "--limit", "0"), 2, "--limit 0");
        oneLineNaming(run("search", "반도체", "--limit", "5000"), 2, "--limit 5000");
        oneLineNaming(run("search", "반도체", "--year", "2030..2020"), 2, "--year 2030..2020");
        oneLineNaming(run("search", "반도체", "--year", "20x4"), 2, "--year 20x4");
        oneLineNaming(run("search", "반도체", "--bogus"), 2, "--bogus");
        oneLineNaming(run("search"), 2, "QUERY");
        oneLineNaming(run("ingest", "--published", "2025-13"), 2, "--published 2025-13");
        oneLineNaming(run("export", "--format", "xml"), 2, "--format xml");
        oneLineNaming(run("extract"), 2, "--text");
        oneLineNaming(run("serve", "--port", "70000"), 2, "--port 70000");
    }

    @Test
    void aMistypedIndexFolderIsRefusedAndNotCreated() {
        Path typo = tmp.resolve("TYPO");
        oneLineNaming(run("search", "반도체", "--index", typo.toString()), 2, "--index " + typo);
        assertFalse(Files.exists(typo), "search created " + typo);
        oneLineNaming(run("serve", "--index", typo.toString(), "--port", "0"), 2, "--index " + typo);
        assertFalse(Files.exists(typo));
    }

    @Test
    void aBusyPortIsBadInputOfOneLine() throws Exception {
        Files.createDirectories(tmp.resolve("index"));
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> run("serve", "--port",
                    Integer.toString(busy.getLocalPort()), "--index", tmp.resolve("index").toString()));
            oneLineNaming(r, 1, "--port " + busy.getLocalPort() + ": already in use");
        }
    }

    @Test
    void factFilesAndExportsGetTheUsualModeNotAPrivateOne() throws Exception {
        Path usual = Files.createFile(tmp.resolve("usual"));
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(usual);
        Path text = Files.writeString(tmp.resolve("note.txt"), "삼성전자는 2나노 공정을 도입한다.\n");
        assertEquals(0, run("extract", "--text", text.toString(), "--published", "2025", "--out", tmp.resolve("x").toString()).code());
        assertEquals(expected, Files.getPosixFilePermissions(tmp.resolve("x/note.json")));
        assertEquals(expected, Files.getPosixFilePermissions(tmp.resolve("x/note.txt")));
        Path csv = tmp.resolve("facts.csv");
        assertEquals(0, run("export", "--extracted", tmp.resolve("x").toString(), "--format", "csv", "--out", csv.toString()).code());
        assertEquals(expected, Files.getPosixFilePermissions(csv));
        try (var left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void theListOfCommandsGivesWholeSentences() {
        CliTest.Run r = run("help");
        assertEquals(0, r.code(), r.err());
        String list = r.out().substring(r.out().indexOf("Commands:") + "Commands:".length());
        List<String> entries = new java.util.ArrayList<>();
        for (String line : list.lines().filter(l -> !l.isBlank()).toList()) {
            if (line.matches("  \\S.*")) {
                entries.add(line.strip());
            } else {
                entries.set(entries.size() - 1, entries.getLast() + " " + line.strip());
            }
        }
        assertTrue(entries.size() >= 12, entries.toString());
        for (String e : entries) {
            assertTrue(e.endsWith("."), "stops mid-sentence: " + e);
        }
    }
}
