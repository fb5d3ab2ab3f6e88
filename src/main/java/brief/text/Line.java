package brief.text;

import java.util.List;

/** Fragments that share a baseline, left to right; geometry is their union. */
public record Line(int page, List<Fragment> fragments) {

    private static final SpreadLabels LABELS = new SpreadLabels();

    public Line {
        fragments = List.copyOf(fragments);
        if (fragments.isEmpty()) {
            throw new IllegalArgumentException("a line on page " + page + " needs at least one fragment");
        }
    }

    public float x() {
        return fragments.get(0).x();
    }

    public float right() {
        return fragments.get(fragments.size() - 1).right();
    }

    public float top() {
        return (float) fragments.stream().mapToDouble(Fragment::top).min().orElseThrow();
    }

    public float bottom() {
        return (float) fragments.stream().mapToDouble(Fragment::bottom).max().orElseThrow();
    }

    /** {@return the largest font size on the line} */
    public float fontSize() {
        return (float) fragments.stream().mapToDouble(Fragment::fontSize).max().orElseThrow();
    }

    /**
     * {@return the fragments' texts joined by single spaces} A label spread so wide that its letters fell
     * into fragments of their own ({@code 구   분}) is closed up here as within a fragment.
     */
    public String text() {
        return LABELS.closeUp(String.join(" ", fragments.stream().map(Fragment::text).toList()));
    }
}
