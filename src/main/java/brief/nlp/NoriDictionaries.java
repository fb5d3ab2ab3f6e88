package brief.nlp;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.ConnectionCosts;
import org.apache.lucene.analysis.ko.dict.TokenInfoDictionary;
import org.apache.lucene.analysis.ko.dict.UnknownDictionary;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.codecs.CodecUtil;
import org.apache.lucene.store.ByteArrayDataInput;

/**
 * Nori's dictionaries, one set per process, and the tokenizers made with them. They are Lucene's own
 * (the same files, the same numbers); what differs is how the connection-cost matrix is read. Lucene
 * decodes its some ten million delta-coded numbers a byte at a time through a locked
 * {@code BufferedInputStream} and a direct buffer's bounds-checked {@code putShort}, which was the
 * largest single cost of a cold {@code brief search} (about a quarter of its samples). Here the file is
 * read whole and decoded in one loop over the bytes; the decoded matrix is handed to a
 * {@link ConnectionCosts} that Lucene built from the same file's header with no entries, by setting
 * its buffer. If that is not possible (a Lucene whose class is laid out differently), Lucene's own
 * instance is used: slower, never different. {@code NoriDictionariesTest} checks every entry of the
 * matrix against Lucene's.
 */
public final class NoriDictionaries {

    /** The codec name and version of Nori's {@code ConnectionCosts.dat}. */
    private static final String CODEC = "ko_cc";
    private static final int VERSION = 1;

    private NoriDictionaries() {
    }

    /** {@return the connection costs, the same as {@link ConnectionCosts#getInstance()}} */
    public static ConnectionCosts costs() {
        return Costs.INSTANCE;
    }

    /**
     * {@return a Korean tokenizer of Nori's system dictionaries and these costs} The same as
     * {@code new KoreanTokenizer(DEFAULT_TOKEN_ATTRIBUTE_FACTORY, user, mode, outputUnknownUnigrams,
     * discardPunctuation)}, which takes the system dictionaries from their {@code getInstance()}.
     *
     * @param user a user dictionary, or null
     */
    public static KoreanTokenizer tokenizer(UserDictionary user, KoreanTokenizer.DecompoundMode mode,
                                            boolean outputUnknownUnigrams, boolean discardPunctuation) {
        return new KoreanTokenizer(KoreanTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, TokenInfoDictionary.getInstance(),
                UnknownDictionary.getInstance(), costs(), user, mode, outputUnknownUnigrams, discardPunctuation);
    }

    private static final class Costs {
        static final ConnectionCosts INSTANCE = load();
    }

    private static ConnectionCosts load() {
        byte[] file;
        try (InputStream in = ConnectionCosts.class.getResourceAsStream("ConnectionCosts.dat")) {
            if (in == null) {
                return ConnectionCosts.getInstance();
            }
            file = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading Nori's ConnectionCosts.dat", e);
        }
        try {
            return decoded(file);
        } catch (ReflectiveOperationException | RuntimeException | IOException e) {
            return ConnectionCosts.getInstance();
        }
    }

    /** {@return the costs of {@code file} (the bytes of a {@code ConnectionCosts.dat})} */
    static ConnectionCosts decoded(byte[] file) throws IOException, ReflectiveOperationException {
        ByteArrayDataInput in = new ByteArrayDataInput(file);
        CodecUtil.checkHeader(in, CODEC, VERSION, VERSION);
        int forwardSize = in.readVInt();
        int sizesEnd = in.getPosition();
        int backwardSize = in.readVInt();
        ByteBuffer matrix = ByteBuffer.allocateDirect(Math.multiplyExact(Math.multiplyExact(forwardSize, backwardSize), 2));
        decode(file, in.getPosition(), matrix);
        // Lucene reads the header and the forward size from the file's own bytes, and a backward size of 0
        byte[] empty = Arrays.copyOf(file, sizesEnd + 1);
        empty[sizesEnd] = 0;
        ConnectionCosts costs = new ConnectionCosts(URL.of(URI.create("brief:nori-connection-costs"), new Bytes(empty)));
        Field buffer = org.apache.lucene.analysis.morph.ConnectionCosts.class.getDeclaredField("buffer");
        buffer.setAccessible(true);
        buffer.set(costs, matrix.asReadOnlyBuffer());
        return costs;
    }

    /**
     * Fills {@code matrix} with the running sums of the zig-zag variable-length integers from
     * {@code at}, as shorts: what Lucene's constructor does with {@code readZInt} and {@code putShort}.
     */
    private static void decode(byte[] file, int at, ByteBuffer matrix) throws IOException {
        int entries = matrix.capacity() / 2;
        byte[] chunk = new byte[1 << 16];
        int n = 0;
        int p = at;
        int sum = 0;
        for (int k = 0; k < entries; k++) {
            int b = file[p++];
            int v = b & 0x7F;
            for (int shift = 7; b < 0; shift += 7) {
                if (shift > 28) {
                    throw new IOException("ConnectionCosts.dat: an integer of more than five bytes at " + p);
                }
                b = file[p++];
                v |= (b & 0x7F) << shift;
            }
            sum += (v >>> 1) ^ -(v & 1);
            chunk[n++] = (byte) (sum >>> 8);
            chunk[n++] = (byte) sum;
            if (n == chunk.length) {
                matrix.put(chunk, 0, n);
                n = 0;
            }
        }
        matrix.put(chunk, 0, n).flip();
    }

    /** A URL handler whose one resource is a byte array. */
    private static final class Bytes extends URLStreamHandler {
        private final byte[] bytes;

        Bytes(byte[] bytes) {
            this.bytes = bytes;
        }

        @Override
        protected URLConnection openConnection(URL u) {
            return new URLConnection(u) {
                @Override
                public void connect() {
                }

                @Override
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(bytes);
                }
            };
        }
    }
}
