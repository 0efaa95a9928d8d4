package org.casebridge.domain.model.statistics;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Small-cell protection of one count table with its totals: primary suppression of every count below
 * {@code k}, then complementary (secondary) suppression until no suppressed entry can be worked out
 * from what is published.
 *
 * <p>A table is a grid of {@code rows + 1} by {@code columns + 1} entries: the inner counts, each row's
 * total in the last column, each column's total in the last row and the grand total in the corner (a
 * one-way table is a single column with its total). Every row and every column is a line whose entries
 * add up to its total, and the published entries of a line are known to anyone. A suppressed entry is
 * <em>protected</em> when another table consistent with everything published gives it a different
 * value: concretely, when it lies on a cycle of suppressed entries (alternating +1 and -1 along rows and
 * columns, so every line keeps its sum) along which no entry would fall below zero. That is checked for
 * every suppressed entry, and while one is not protected the smallest published entry of one of its
 * lines is suppressed too, and the check runs again. An entry on no such cycle is exactly the entries
 * that row and column totals (or any linear combination of them) give away.
 *
 * <p>Totals that another table decides (the one-way table of a dimension is the row total of every
 * two-way table with it) are <em>fixed</em>: their status is not changed here, and they count as known
 * to the reader even when suppressed, which is safe whatever the other table does. Everything is
 * deterministic: the same counts give the same suppression, whichever query asks.
 */
public final class SmallCellProtection {

    /** The status of a total decided by another table. */
    public enum Fixed {
        /** Decided here. */
        NO,
        /** Published by the table that decides it. */
        PUBLISHED,
        /** Suppressed by the table that decides it. */
        SUPPRESSED
    }

    private final int k;

    public SmallCellProtection(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1");
        }
        this.k = k;
    }

    public int k() {
        return k;
    }

    /**
     * Suppression of a grid whose last row and last column are totals. {@code fixed} says for each entry
     * whether another table decides it (only totals may be fixed). Answers which entries are suppressed.
     */
    public boolean[][] protect(long[][] values, Fixed[][] fixed) {
        int rows = values.length;
        int cols = values[0].length;
        boolean[][] suppressed = new boolean[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                if (values[i][j] < 0) {
                    throw new IllegalArgumentException("negative count");
                }
                boolean inner = i < rows - 1 && j < cols - 1;
                if (inner && fixed[i][j] != Fixed.NO) {
                    throw new IllegalArgumentException("only totals can be fixed");
                }
                suppressed[i][j] = fixed[i][j] == Fixed.NO ? values[i][j] < k : fixed[i][j] == Fixed.SUPPRESSED;
            }
        }
        new Grid(values, fixed, suppressed).complete();
        return suppressed;
    }

    /**
     * Suppression of a one-way table: {@code cells} and their total (decided here, or fixed by another
     * table). Answers which are suppressed, the total last. The line is the only equation: a suppressed
     * entry is protected when another unknown entry of the line can take the opposite change.
     */
    public boolean[] protect(long[] cells, long total, Fixed totalFixed) {
        int n = cells.length;
        long[] v = Arrays.copyOf(cells, n + 1);
        v[n] = total;
        boolean[] sup = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            if (cells[i] < 0) {
                throw new IllegalArgumentException("negative count");
            }
            sup[i] = cells[i] < k;
        }
        sup[n] = totalFixed == Fixed.NO ? total < k : totalFixed == Fixed.SUPPRESSED;
        boolean totalKnown = totalFixed != Fixed.NO;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int e = 0; e <= n; e++) {
                if (sup[e] && !(e == n && totalKnown) && !lineProtected(v, sup, totalKnown, e)) {
                    int best = -1;
                    for (int f = 0; f <= n; f++) {
                        if (!sup[f] && !(f == n && totalKnown) && (best < 0 || lineKey(v, n, f).compareTo(lineKey(v, n, best)) < 0)) {
                            best = f;
                        }
                    }
                    if (best >= 0) {
                        sup[best] = true;
                        changed = true;
                    }
                }
            }
        }
        return sup;
    }

    private static boolean lineProtected(long[] v, boolean[] sup, boolean totalKnown, int e) {
        int n = v.length - 1;
        for (int f = 0; f <= n; f++) {
            if (f == e || !sup[f] || (f == n && totalKnown)) {
                continue;
            }
            boolean sameSide = (e == n) == (f == n);
            // Opposite sides (a count and the total) can both go up by one; on the same side one goes
            // up and the other down, which needs a count of one or more to take from.
            if (!sameSide || v[e] >= 1 || v[f] >= 1) {
                return true;
            }
        }
        return false;
    }

    private static String lineKey(long[] v, int n, int f) {
        return String.format("%d%d%020d%010d", f == n ? 1 : 0, v[f] == 0 ? 1 : 0, v[f], f);
    }

    /** One table being completed; rows are vertices 0..rows-1, columns rows..rows+cols-1. */
    private static final class Grid {
        private final long[][] v;
        private final Fixed[][] fixed;
        private final boolean[][] sup;
        private final int rows;
        private final int cols;

        Grid(long[][] v, Fixed[][] fixed, boolean[][] sup) {
            this.v = v;
            this.fixed = fixed;
            this.sup = sup;
            this.rows = v.length;
            this.cols = v[0].length;
        }

        /** Suppressed and decided here: unknown to the reader. */
        private boolean unknown(int i, int j) {
            return sup[i][j] && fixed[i][j] == Fixed.NO;
        }

        /** +1 for inner counts and the grand total, -1 for row and column totals: with it every line sums to zero. */
        private int sign(int i, int j) {
            boolean lastRow = i == rows - 1;
            boolean lastCol = j == cols - 1;
            return lastRow == lastCol ? 1 : -1;
        }

        void complete() {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int i = 0; i < rows; i++) {
                    for (int j = 0; j < cols; j++) {
                        if (unknown(i, j) && !protectedEntry(i, j)) {
                            if (suppressComplement(i, j)) {
                                changed = true;
                            }
                        }
                    }
                }
            }
        }

        /** Whether some alternating cycle through (i, j) can move its value by one, up or down, keeping every entry at zero or more. */
        boolean protectedEntry(int i, int j) {
            return cycle(i, j, 1) || cycle(i, j, -1);
        }

        private boolean cycle(int i, int j, int s) {
            // Entry (i, j) changes by s in the signed form; in counts by sign * s.
            if (sign(i, j) * s < 0 && v[i][j] < 1) {
                return false;
            }
            // Walk from column j back to row i. Leaving a column along entry (a, j') means the entry
            // changes by -s (signed form); leaving a row along (i', b) means +s.
            int vertices = rows + cols;
            boolean[] seen = new boolean[vertices];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            seen[rows + j] = true;
            queue.add(rows + j);
            while (!queue.isEmpty()) {
                int at = queue.poll();
                if (at < rows) {
                    int a = at;
                    for (int b = 0; b < cols; b++) {
                        if (seen[rows + b] || !unknown(a, b) || (a == i && b == j) || !movable(a, b, s)) {
                            continue;
                        }
                        seen[rows + b] = true;
                        queue.add(rows + b);
                    }
                } else {
                    int b = at - rows;
                    for (int a = 0; a < rows; a++) {
                        if (seen[a] || !unknown(a, b) || (a == i && b == j) || !movable(a, b, -s)) {
                            continue;
                        }
                        if (a == i) {
                            return true;
                        }
                        seen[a] = true;
                        queue.add(a);
                    }
                }
            }
            return false;
        }

        /** Whether entry (a, b) can change by {@code signed} in the signed form without going below zero. */
        private boolean movable(int a, int b, int signed) {
            return sign(a, b) * signed > 0 || v[a][b] >= 1;
        }

        /**
         * Suppresses one more entry of the row or the column of (i, j): an inner count before a total, a
         * non-zero count before a zero, the smallest first, then the first in reading order. Falls back to
         * any entry of the table when both lines are used up. Answers whether anything changed.
         */
        private boolean suppressComplement(int i, int j) {
            int[] best = null;
            long[] bestKey = null;
            for (int a = 0; a < rows; a++) {
                for (int b = 0; b < cols; b++) {
                    if ((a == i || b == j) && candidate(a, b)) {
                        long[] key = key(a, b);
                        if (bestKey == null || compare(key, bestKey) < 0) {
                            best = new int[] {a, b};
                            bestKey = key;
                        }
                    }
                }
            }
            if (best == null) {
                for (int a = 0; a < rows && best == null; a++) {
                    for (int b = 0; b < cols; b++) {
                        if (candidate(a, b) && touchesUnknown(a, b)) {
                            long[] key = key(a, b);
                            if (bestKey == null || compare(key, bestKey) < 0) {
                                best = new int[] {a, b};
                                bestKey = key;
                            }
                        }
                    }
                }
            }
            if (best == null) {
                return false;
            }
            sup[best[0]][best[1]] = true;
            return true;
        }

        private boolean candidate(int a, int b) {
            return !sup[a][b] && fixed[a][b] == Fixed.NO;
        }

        private boolean touchesUnknown(int a, int b) {
            for (int x = 0; x < cols; x++) {
                if (unknown(a, x)) {
                    return true;
                }
            }
            for (int y = 0; y < rows; y++) {
                if (unknown(y, b)) {
                    return true;
                }
            }
            return false;
        }

        private long[] key(int a, int b) {
            boolean total = a == rows - 1 || b == cols - 1;
            return new long[] {total ? 1 : 0, v[a][b] == 0 ? 1 : 0, v[a][b], a, b};
        }

        private static int compare(long[] x, long[] y) {
            return Arrays.compare(x, y);
        }
    }
}
