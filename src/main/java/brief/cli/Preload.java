package brief.cli;

import java.util.List;

/**
 * The dictionaries a command will need, read on a second thread while the first parses the command
 * line, opens the index or reads the PDF. A cold {@code search} spends about a third of its time
 * reading Nori's and Kuromoji's dictionaries, which depend on nothing the command does first; on a
 * machine with a free core that time comes off the wall time. Each dictionary is a class's lazily
 * made singleton, so the command's own thread takes the one this thread made (waiting for it if it
 * is still being made) and nothing is read twice. A failure here ends the preloading and is left for
 * the command's own thread to meet when it asks for that dictionary (a class whose initialisation
 * failed is then reported as such). Measured on a machine whose cores were taken by other sessions,
 * this gains no CPU time (it moves work, it does not remove it); what it gains is wall time when a
 * core is free.
 */
final class Preload {

    private Preload() {
    }

    /** {@return the dictionaries the command {@code args[0]} reads in any case, in the order it needs them} */
    static List<Runnable> of(String[] args) {
        if (args.length == 0) {
            return List.of();
        }
        List<Runnable> korean = List.of(brief.nlp.NoriDictionaries::costs,
                org.apache.lucene.analysis.ko.dict.TokenInfoDictionary::getInstance,
                org.apache.lucene.analysis.ko.dict.UnknownDictionary::getInstance);
        return switch (args[0]) {
            // every query word is also analysed for the Japanese field (brief.index.TextFields)
            case "search" -> concat(korean, List.of(org.apache.lucene.analysis.ja.dict.ConnectionCosts::getInstance,
                    org.apache.lucene.analysis.ja.dict.TokenInfoDictionary::getInstance,
                    org.apache.lucene.analysis.ja.dict.UnknownDictionary::getInstance));
            case "extract", "ingest" -> korean;
            default -> List.of();
        };
    }

    /** Starts reading what {@link #of} names on a daemon thread. */
    static void start(String[] args) {
        List<Runnable> loads = of(args);
        if (loads.isEmpty()) {
            return;
        }
        Thread t = new Thread(() -> {
            for (Runnable load : loads) {
                try {
                    load.run();
                } catch (RuntimeException | LinkageError e) {
                    return; // the command's thread reads it again and reports what fails
                }
            }
        }, "brief-preload");
        t.setDaemon(true);
        t.start();
    }

    private static List<Runnable> concat(List<Runnable> a, List<Runnable> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
