package brief.pdf;

import java.nio.file.Path;

/** Prints each page's rules: {@code RuleProbe file.pdf}. A development aid, not a test. */
public final class RuleProbe {
    public static void main(String[] args) {
        for (RawPage p : new PdfReader().read(Path.of(args[0])).pages()) {
            System.out.println("page " + p.number() + " " + p.width() + "x" + p.height());
            for (Rule r : p.rules()) {
                System.out.printf("  %s %.1f,%.1f - %.1f,%.1f%n", r.horizontal() ? "H" : "V", r.x0(), r.y0(), r.x1(), r.y1());
            }
        }
    }
}
