package brief.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tick labels of a chart's vertical axis, which are figure, not text: at least four fragments of
 * one number each, stacked one under the other on a page with their right edges (or centres) aligned,
 * equally spaced, their values falling down the page by one step ({@code 700 600 … 0}, {@code 30% 0%
 * -30%}), as a value axis runs. A table's column of figures is not taken: a row number or a year grows
 * down the page, and amounts seldom fall in equal steps at an equal pitch.
 */
final class AxisTicks {

    private static final Pattern NUMBER = Pattern.compile("^[-−]?\\d{1,6}(?:[.,]\\d+)?\\s?%?$");
    static final int MIN_TICKS = 4;

    /** {@return the fragments that are axis ticks} */
    Set<Fragment> find(List<Line> lines) {
        List<Fragment> numbers = new ArrayList<>();
        List<Integer> pages = new ArrayList<>();
        for (Line l : lines) {
            for (Fragment f : l.fragments()) {
                if (NUMBER.matcher(f.text().strip()).matches()) {
                    numbers.add(f);
                    pages.add(l.page());
                }
            }
        }
        Set<Fragment> out = new HashSet<>();
        for (int s = 0; s < numbers.size(); s++) {
            Fragment seed = numbers.get(s);
            List<Fragment> stack = new ArrayList<>();
            for (int i = 0; i < numbers.size(); i++) {
                Fragment f = numbers.get(i);
                boolean aligned = Math.abs(f.right() - seed.right()) < 1.5f
                        || Math.abs((f.x() + f.right()) / 2 - (seed.x() + seed.right()) / 2) < 1.5f;
                if (pages.get(i).equals(pages.get(s)) && aligned) {
                    stack.add(f);
                }
            }
            stack.sort(Comparator.comparingDouble(Fragment::top));
            if (stack.size() >= MIN_TICKS && evenSteps(stack)) {
                out.addAll(stack);
            }
        }
        return out;
    }

    private static boolean evenSteps(List<Fragment> stack) {
        double pitch = stack.get(1).top() - stack.get(0).top();
        double step = value(stack.get(1)) - value(stack.get(0));
        if (pitch <= 0 || step >= 0) {
            return false;
        }
        for (int i = 2; i < stack.size(); i++) {
            double p = stack.get(i).top() - stack.get(i - 1).top();
            double s = value(stack.get(i)) - value(stack.get(i - 1));
            if (Math.abs(p - pitch) > 0.15 * pitch || Math.abs(s - step) > 1e-6 * Math.max(1, Math.abs(step))) {
                return false;
            }
        }
        return true;
    }

    private static double value(Fragment f) {
        return Double.parseDouble(f.text().strip().replace("%", "").replace(",", "").replace("−", "-").strip());
    }
}
