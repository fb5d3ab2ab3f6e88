package brief.pdf;

/**
 * One glyph as the content stream drew it, in default user space (y up): its origin, the point its
 * advance ends at, and its "up" vector (the text space y axis scaled by the font size, as the full text
 * rendering matrix {@code [Tfs×Th 0 0 Tfs 0 Trise] × Tm × CTM} maps it). Everything a {@link Glyph}
 * says follows from these three under a {@link PageFrame}: a producer may flip the CTM and the text
 * matrix (Hancom PDF draws under {@code 1 0 0 -1} in both), scale the font by the CTM instead of
 * {@code Tf}, rotate the page or the text; none of that changes where the glyph lands or how big it is.
 * {@code height} is the glyph's ink height above the baseline in points.
 */
record DrawnGlyph(String text, double originX, double originY, double endX, double endY, double upX, double upY,
                  float height) {

    /** Degrees within which a baseline counts as running along a page axis (rounding, a slight skew). */
    static final int SNAP = 2;

    /** {@return the font size in points: the length of the up vector} */
    float size() {
        return (float) Math.hypot(upX, upY);
    }

    /**
     * {@return the direction the glyph's baseline runs on the frame, counter-clockwise degrees in
     * [0, 360)} 0 reads left to right, 90 bottom to top (a sidebar), 270 top to bottom. A glyph without
     * advance (a combining mark) takes the direction its up vector implies.
     */
    int direction(PageFrame frame) {
        double dx = frame.x(endX, endY) - frame.x(originX, originY);
        double dy = frame.y(endX, endY) - frame.y(originX, originY);
        if (Math.hypot(dx, dy) < 1e-3) {
            // the baseline runs a quarter turn clockwise of up; the frame's y runs downwards
            double ux = frame.x(originX + upX, originY + upY) - frame.x(originX, originY);
            double uy = frame.y(originX + upX, originY + upY) - frame.y(originX, originY);
            dx = -uy;
            dy = ux;
        }
        int degrees = (int) Math.floorMod(Math.round(Math.toDegrees(Math.atan2(-dy, dx))), 360L);
        int quarter = Math.floorMod(Math.round(degrees / 90f), 4) * 90;
        int off = Math.abs(degrees - quarter);
        return Math.min(off, 360 - off) <= SNAP ? quarter : degrees;
    }

    /** {@return the glyph in the frame: origin, advance length, height, size and direction} */
    Glyph in(PageFrame frame) {
        float width = (float) Math.hypot(endX - originX, endY - originY);
        float size = size();
        return new Glyph(text, frame.x(originX, originY), frame.y(originX, originY), width,
                Math.max(height, size * 0.7f), size, direction(frame));
    }
}
