package brief.facts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Facts to and from JSON: empty optionals are left out, output is indented, Korean is written as is. */
public final class FactsJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .setSerializationInclusion(JsonInclude.Include.NON_ABSENT)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private FactsJson() {
    }

    /** {@return the shared mapper (thread-safe once configured)} */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** {@return the pretty JSON of {@code value}, ending in a newline} */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** {@return the JSON tree of {@code file}}; a malformed file names itself in the exception. */
    public static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": not readable as JSON (" + e.getMessage() + ")", e);
        }
    }
}
