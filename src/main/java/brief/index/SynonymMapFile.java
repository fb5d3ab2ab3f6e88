package brief.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefHash;
import org.apache.lucene.util.fst.ByteSequenceOutputs;
import org.apache.lucene.util.fst.FST;

/**
 * A built {@link SynonymMap} as bytes and back: a label naming what the map was made from, the map's
 * horizontal context, its words in the order of their ids, and its FST as Lucene saves one. Building
 * the alias synonyms' FST from their text was about 0.08 s of a cold {@code brief search}; reading the
 * saved FST is a copy. The build writes these ({@link BuildTimeAnalysis}).
 */
final class SynonymMapFile {

    private SynonymMapFile() {
    }

    /** {@return {@code map} as bytes, labelled {@code label}} */
    static byte[] write(String label, SynonymMap map) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamDataOutput out = new OutputStreamDataOutput(bytes)) {
            out.writeString(label);
            out.writeVInt(map.maxHorizontalContext);
            out.writeVInt(map.words.size());
            BytesRef word = new BytesRef();
            for (int id = 0; id < map.words.size(); id++) {
                map.words.get(id, word);
                out.writeVInt(word.length);
                out.writeBytes(word.bytes, word.offset, word.length);
            }
            saveFst(map, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a synonym map", e);
        }
        return bytes.toByteArray();
    }

    private static void saveFst(SynonymMap map, DataOutput out) throws IOException {
        out.writeByte((byte) (map.fst == null ? 0 : 1));
        if (map.fst != null) {
            map.fst.save(out, out);
        }
    }

    /** {@return the label of {@code file}} */
    static String label(byte[] file) {
        try {
            return new ByteArrayDataInput(file).readString();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a synonym map file", e);
        }
    }

    /** {@return the map {@link #write} wrote} */
    static SynonymMap read(byte[] file) {
        ByteArrayDataInput in = new ByteArrayDataInput(file);
        try {
            in.readString();
            int context = in.readVInt();
            int size = in.readVInt();
            BytesRefHash words = new BytesRefHash();
            for (int id = 0; id < size; id++) {
                byte[] word = new byte[in.readVInt()];
                in.readBytes(word, 0, word.length);
                if (words.add(new BytesRef(word)) != id) {
                    throw new IOException("word " + id + " repeats an earlier one");
                }
            }
            FST<BytesRef> fst = in.readByte() == 0 ? null
                    : new FST<>(FST.readMetadata(in, ByteSequenceOutputs.getSingleton()), in);
            if (in.getPosition() != file.length) {
                throw new IOException((file.length - in.getPosition()) + " bytes after the map");
            }
            return new SynonymMap(fst, words, context);
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a synonym map file (" + e.getMessage() + ")", e);
        }
    }
}
