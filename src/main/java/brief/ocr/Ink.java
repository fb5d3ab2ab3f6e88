package brief.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.List;

/** The ink of a grey page image: which pixels are dark, and the blobs they make. */
final class Ink {

    /** A grey value below this is ink. */
    static final int DARK = 140;

    private final byte[] pixels;
    private final int width;
    private final int height;

    Ink(BufferedImage grey) {
        this.pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        this.width = grey.getWidth();
        this.height = grey.getHeight();
    }

    /** {@return the dark pixels of the upper and of the lower half of a box (left, top, right, bottom)} */
    int[] halves(int[] box) {
        int split = (box[1] + box[3]) / 2;
        int[] out = new int[2];
        for (int y = Math.max(0, box[1]); y < Math.min(height, box[3]); y++) {
            for (int x = Math.max(0, box[0]); x < Math.min(width, box[2]); x++) {
                if (dark(x, y)) {
                    out[y < split ? 0 : 1]++;
                }
            }
        }
        return out;
    }

    private boolean dark(int x, int y) {
        return (pixels[y * width + x] & 0xFF) < DARK;
    }

    /**
     * {@return whether the columns of {@code blob}, and one more on either side, hold no other ink in
     * the rows {@code band}} A middle dot stands in columns of its own; a piece of a letter's stroke
     * (a thin type broken by the scan) has the rest of the letter above or below it.
     */
    boolean alone(int[] blob, int[] band) {
        for (int x = Math.max(0, blob[0] - 1); x < Math.min(width, blob[2] + 1); x++) {
            for (int y = Math.max(0, band[0]); y < Math.min(height, band[1]); y++) {
                boolean own = x >= blob[0] && x < blob[2] && y >= blob[1] && y < blob[3];
                if (!own && dark(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * {@return the blobs of ink that lie wholly inside the box given: left, top, right, bottom (right
     * and bottom exclusive) and their count of pixels} Blobs are followed up to {@code margin} pixels
     * outside the box, so a letter's stroke that reaches into it is seen to reach out and left out.
     */
    List<int[]> blobs(int left, int top, int right, int bottom, int margin) {
        int x0 = Math.max(0, left - margin), y0 = Math.max(0, top - margin);
        int x1 = Math.min(width, right + margin), y1 = Math.min(height, bottom + margin);
        int w = x1 - x0, h = y1 - y0;
        List<int[]> out = new ArrayList<>();
        if (w <= 0 || h <= 0 || right <= left || bottom <= top) {
            return out;
        }
        boolean[] seen = new boolean[w * h];
        int[] queue = new int[w * h];
        for (int y = Math.max(top, y0); y < Math.min(bottom, y1); y++) {
            for (int x = Math.max(left, x0); x < Math.min(right, x1); x++) {
                int at = (y - y0) * w + (x - x0);
                if (seen[at] || !dark(x, y)) {
                    continue;
                }
                int[] box = {x, y, x + 1, y + 1};
                boolean whole = true;
                int head = 0, tail = 0;
                queue[tail++] = at;
                seen[at] = true;
                while (head < tail) {
                    int p = queue[head++];
                    int px = p % w + x0, py = p / w + y0;
                    box[0] = Math.min(box[0], px);
                    box[1] = Math.min(box[1], py);
                    box[2] = Math.max(box[2], px + 1);
                    box[3] = Math.max(box[3], py + 1);
                    if (px == x0 || py == y0 || px == x1 - 1 || py == y1 - 1) {
                        whole = false; // reaches the edge of what is followed
                    }
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = px + dx, ny = py + dy;
                            if (nx < x0 || ny < y0 || nx >= x1 || ny >= y1) {
                                continue;
                            }
                            int q = (ny - y0) * w + (nx - x0);
                            if (!seen[q] && dark(nx, ny)) {
                                seen[q] = true;
                                queue[tail++] = q;
                            }
                        }
                    }
                }
                if (whole && box[0] >= left && box[1] >= top && box[2] <= right && box[3] <= bottom) {
                    out.add(new int[] {box[0], box[1], box[2], box[3], tail});
                }
            }
        }
        return out;
    }
}
