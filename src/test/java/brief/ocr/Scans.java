package brief.ocr;

import brief.pdf.PageImages;
import brief.pdf.ScanWriter;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scans made here as ocr-bench makes them, and OCR characters typed as Tesseract gave them, for the OCR tests. */
final class Scans {

    private Scans() {
    }

    /**
     * {@return the pages {@code drawn} (1-based, of the scan) of a 300 dpi scan of {@code scanned} pages of
     * {@code pdf} (empty for all), drawn again at 300 dpi} The scan is written to a temporary file and removed.
     */
    static Map<Integer, BufferedImage> pages(Path pdf, List<Integer> scanned, List<Integer> drawn) throws Exception {
        Path dir = Files.createTempDirectory("scan");
        Path scan = dir.resolve("scan.pdf");
        Map<Integer, BufferedImage> out = new HashMap<>();
        try {
            new ScanWriter().write(pdf, scanned, 300, scan);
            new PageImages().render(scan, Optional.empty(), drawn, 300, out::put);
        } finally {
            Files.deleteIfExists(scan);
            Files.deleteIfExists(dir);
        }
        return out;
    }

    /** {@return the characters {@code "소@1186,627,1221,656"} (text, left, top, right, bottom), each at confidence 95} */
    static List<OcrSymbol> symbols(String... specs) {
        List<OcrSymbol> symbols = new ArrayList<>();
        for (String s : specs) {
            int at = s.lastIndexOf('@');
            String[] b = s.substring(at + 1).split(",");
            symbols.add(new OcrSymbol(s.substring(0, at), Integer.parseInt(b[0]), Integer.parseInt(b[1]),
                    Integer.parseInt(b[2]), Integer.parseInt(b[3]), 95));
        }
        return symbols;
    }
}
