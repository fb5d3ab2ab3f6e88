package brief.pdf;

/**
 * The reading frame of a page: default user space (y up, origin at the media box corner) mapped to
 * points from the top left corner of the crop box as the page reads, y growing downwards. The page's
 * {@code /Rotate} turns it clockwise for display; when most of its text still runs in another
 * direction on the displayed page (a landscape table drawn sideways), the frame turns further so
 * that this text reads left to right. Both turns are quarter turns clockwise, {@code turns} in all.
 */
public record PageFrame(float left, float bottom, float cropWidth, float cropHeight, int turns) {

    public PageFrame {
        turns = Math.floorMod(turns, 4);
        if (!(cropWidth > 0 && cropHeight > 0)) {
            throw new IllegalArgumentException("a page needs a positive crop box: " + cropWidth + " x " + cropHeight);
        }
    }

    /** {@return the frame of a crop box turned by {@code rotate} degrees clockwise (a multiple of 90)} */
    public static PageFrame of(float left, float bottom, float cropWidth, float cropHeight, int rotate) {
        return new PageFrame(left, bottom, cropWidth, cropHeight, Math.floorDiv(Math.floorMod(rotate, 360) + 45, 90));
    }

    /** {@return this frame turned {@code quarters} more quarter turns clockwise} */
    public PageFrame turned(int quarters) {
        return new PageFrame(left, bottom, cropWidth, cropHeight, turns + quarters);
    }

    /** {@return the width of the page as it reads} */
    public float width() {
        return turns % 2 == 0 ? cropWidth : cropHeight;
    }

    /** {@return the height of the page as it reads} */
    public float height() {
        return turns % 2 == 0 ? cropHeight : cropWidth;
    }

    /** {@return the reading-frame x of the user-space point (ux, uy)} */
    public float x(double ux, double uy) {
        double u = ux - left;
        double v = uy - bottom;
        return (float) switch (turns) {
            case 0 -> u;
            case 1 -> v;
            case 2 -> cropWidth - u;
            default -> cropHeight - v;
        };
    }

    /** {@return the reading-frame y (downwards) of the user-space point (ux, uy)} */
    public float y(double ux, double uy) {
        double u = ux - left;
        double v = uy - bottom;
        return (float) switch (turns) {
            case 0 -> cropHeight - v;
            case 1 -> u;
            case 2 -> v;
            default -> cropWidth - u;
        };
    }
}
