package brief.cli;

import brief.BadInputException;
import brief.index.BriefIndex;
import brief.index.OpenSearchCluster;
import brief.index.OpenSearchIndex;
import brief.index.OpenSearchSearcher;
import brief.index.PassageStore;
import brief.index.SearchEngine;
import brief.index.Searcher;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The engine named by {@code --to} (ingest) or {@code --engine} (search, serve): {@code local} (the
 * Lucene index folder, the default) or {@code opensearch[=URL[,URL...]]}, a cluster, by default
 * {@value OpenSearchCluster#DEFAULT_URL}.
 */
record Engine(Optional<String> openSearchUrls) {

    static final Engine LOCAL = new Engine(Optional.empty());

    /** Reads the option's value; a wrong one is a usage error (exit 2) naming the option. */
    static final class Converter implements picocli.CommandLine.ITypeConverter<Engine> {
        @Override
        public Engine convert(String value) {
            try {
                return parse("engine", value);
            } catch (BadInputException e) {
                throw new picocli.CommandLine.TypeConversionException(
                        "'" + value + "': expected local, opensearch or opensearch=URL[,URL...]");
            }
        }
    }

    static Engine parse(String option, String value) {
        String v = value.strip();
        if (v.equals("local")) {
            return LOCAL;
        }
        if (v.equals("opensearch")) {
            return new Engine(Optional.of(OpenSearchCluster.DEFAULT_URL));
        }
        if (v.startsWith("opensearch=") && v.length() > "opensearch=".length()) {
            return new Engine(Optional.of(v.substring("opensearch=".length())));
        }
        throw new BadInputException(option + " '" + value + "'", "expected local, opensearch or opensearch=URL[,URL...]");
    }

    boolean isLocal() {
        return openSearchUrls.isEmpty();
    }

    /** {@return where ingest writes: the local index folder or the cluster} */
    PassageStore store(Path index) {
        return openSearchUrls.<PassageStore>map(u -> new OpenSearchIndex(OpenSearchCluster.connect(u)))
                .orElseGet(() -> new BriefIndex(index));
    }

    /** {@return where queries go} */
    SearchEngine searcher(Path index) {
        return openSearchUrls.<SearchEngine>map(u -> new OpenSearchSearcher(OpenSearchCluster.connect(u)))
                .orElseGet(() -> new Searcher(new BriefIndex(index)));
    }
}
