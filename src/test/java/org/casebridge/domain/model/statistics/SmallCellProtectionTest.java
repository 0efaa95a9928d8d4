package org.casebridge.domain.model.statistics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import org.casebridge.domain.model.statistics.SmallCellProtection.Fixed;
import org.junit.jupiter.api.Test;

/**
 * The suppression of one table, checked exhaustively on small tables: every count below k is
 * suppressed, and for every suppressed count below k some other table of non-negative counts agrees
 * with everything published and gives it another value (found by enumerating all candidate tables),
 * so neither the totals nor any combination of them pins it.
 */
class SmallCellProtectionTest {

    private static final int K = 3;
    private final SmallCellProtection protection = new SmallCellProtection(K);

    @Test
    void everyTwoByTwoTableKeepsItsSmallCountsUnpinned() {
        long[] choices = {0, 1, 2, 3, 5};
        int tables = 0;
        for (long a : choices) {
            for (long b : choices) {
                for (long c : choices) {
                    for (long d : choices) {
                        checkTable(new long[][] {{a, b}, {c, d}}, false);
                        tables++;
                    }
                }
            }
        }
        assertEquals(625, tables);
    }

    @Test
    void everyTwoByThreeTableKeepsItsSmallCountsUnpinned() {
        long[] choices = {0, 1, 4};
        long[] inner = new long[6];
        for (int code = 0; code < 729; code++) {
            int x = code;
            for (int i = 0; i < 6; i++) {
                inner[i] = choices[x % 3];
                x /= 3;
            }
            checkTable(new long[][] {{inner[0], inner[1], inner[2]}, {inner[3], inner[4], inner[5]}}, false);
        }
    }

    @Test
    void rowTotalsFixedByAnotherTableAreKeptAndNeverLeanedOn() {
        long[] choices = {0, 1, 4};
        long[] inner = new long[6];
        for (int code = 0; code < 729; code++) {
            int x = code;
            for (int i = 0; i < 6; i++) {
                inner[i] = choices[x % 3];
                x /= 3;
            }
            checkTable(new long[][] {{inner[0], inner[1], inner[2]}, {inner[3], inner[4], inner[5]}}, true);
        }
    }

    @Test
    void everyOneWayLineKeepsItsSmallCountsUnpinned() {
        for (int code = 0; code < 6 * 6 * 6 * 6; code++) {
            long[] cells = {code % 6, code / 6 % 6, code / 36 % 6, code / 216 % 6};
            long total = Arrays.stream(cells).sum();
            for (Fixed totalFixed : Fixed.values()) {
                if (totalFixed == Fixed.PUBLISHED && total < K) {
                    continue;
                }
                boolean[] sup = protection.protect(cells, total, totalFixed);
                for (int i = 0; i < cells.length; i++) {
                    if (cells[i] < K) {
                        assertTrue(sup[i], () -> "small count published in " + Arrays.toString(cells));
                    }
                }
                if (totalFixed != Fixed.NO) {
                    assertEquals(totalFixed == Fixed.SUPPRESSED, sup[cells.length], "a fixed total keeps its status");
                }
                // Enumerate every line of non-negative counts agreeing with what is published.
                boolean totalKnown = !sup[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    if (sup[i] && cells[i] < K) {
                        assertTrue(otherLineValue(cells, total, sup, totalKnown, i),
                                "count " + i + " pinned in " + Arrays.toString(cells) + " total " + total + " " + totalFixed);
                    }
                }
            }
        }
    }

    @Test
    void aLoneSmallCellInALineTakesAComplementNotAZero() {
        boolean[] sup = protection.protect(new long[] {2, 0, 7, 9}, 18, Fixed.PUBLISHED);
        // 2 and 0 are below k and protect each other: (1, 1) or (0, 2) agree with the total as well.
        assertArrayEquals(new boolean[] {true, true, false, false, false}, sup);
        // Two zeros alone would be pinned by the total: the smallest non-zero count goes too.
        assertArrayEquals(new boolean[] {true, true, true, false, false},
                protection.protect(new long[] {0, 0, 7, 9}, 16, Fixed.PUBLISHED));
    }

    @Test
    void largeTablesArePublishedWhole() {
        boolean[][] sup = protection.protect(new long[][] {{5, 6, 11}, {7, 8, 15}, {12, 14, 26}}, allOwn(3, 3));
        for (boolean[] row : sup) {
            for (boolean s : row) {
                assertFalse(s);
            }
        }
    }

    @Test
    void aThresholdBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SmallCellProtection(0));
    }

    private boolean otherLineValue(long[] cells, long total, boolean[] sup, boolean totalKnown, int target) {
        int n = cells.length;
        long cap = total + 3;
        long[] candidate = new long[n];
        int combos = 1;
        for (int i = 0; i < n; i++) {
            combos *= (int) cap + 1;
        }
        for (int code = 0; code < combos; code++) {
            int x = code;
            boolean agrees = true;
            long sum = 0;
            for (int i = 0; i < n; i++) {
                candidate[i] = x % (cap + 1);
                x /= (int) cap + 1;
                sum += candidate[i];
                if (!sup[i] && candidate[i] != cells[i]) {
                    agrees = false;
                }
            }
            if (agrees && (!totalKnown || sum == total) && candidate[target] != cells[target]) {
                return true;
            }
        }
        return false;
    }

    /** Protects the 2-D table {@code inner} with computed totals and checks it by enumeration. */
    private void checkTable(long[][] inner, boolean rowTotalsFixed) {
        int r = inner.length;
        int c = inner[0].length;
        long[][] v = new long[r + 1][c + 1];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                v[i][j] = inner[i][j];
                v[i][c] += inner[i][j];
                v[r][j] += inner[i][j];
                v[r][c] += inner[i][j];
            }
        }
        Fixed[][] fixed = allOwn(r + 1, c + 1);
        if (rowTotalsFixed) {
            for (int i = 0; i < r; i++) {
                fixed[i][c] = v[i][c] < K ? Fixed.SUPPRESSED : Fixed.PUBLISHED;
            }
        }
        boolean[][] sup = protection.protect(v, fixed);
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                if (fixed[i][j] == Fixed.NO && v[i][j] < K) {
                    assertTrue(sup[i][j], "small count published");
                }
                if (fixed[i][j] != Fixed.NO) {
                    assertEquals(fixed[i][j] == Fixed.SUPPRESSED, sup[i][j], "a fixed total keeps its status");
                }
            }
        }
        // What the reader knows: every published entry.
        boolean[][] known = new boolean[r + 1][c + 1];
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                known[i][j] = !sup[i][j];
            }
        }
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                if (sup[i][j] && v[i][j] < K && !alternative(v, known, i, j)) {
                    fail("cell (" + i + "," + j + ") pinned in " + Arrays.deepToString(v) + " suppressed " + Arrays.deepToString(sup));
                }
            }
        }
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                boolean total = i == r || j == c;
                if (total && sup[i][j] && fixed[i][j] == Fixed.NO && v[i][j] < K && !alternative(v, known, i, j)) {
                    fail("total (" + i + "," + j + ") pinned in " + Arrays.deepToString(v));
                }
            }
        }
    }

    /**
     * Whether some table of non-negative counts agrees with every known entry and differs at (ti, tj):
     * every suppressed inner count is tried from 0 to one above the largest count (a cycle moves counts by one).
     */
    private static boolean alternative(long[][] v, boolean[][] known, int ti, int tj) {
        int r = v.length - 1;
        int c = v[0].length - 1;
        long cap = 0;
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                cap = Math.max(cap, v[i][j] + 1);
            }
        }
        java.util.List<int[]> free = new java.util.ArrayList<>();
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                if (!known[i][j]) {
                    free.add(new int[] {i, j});
                }
            }
        }
        long[] x = new long[free.size()];
        long[][] t = new long[r + 1][c + 1];
        while (true) {
            for (long[] row : t) {
                Arrays.fill(row, 0);
            }
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    t[i][j] = v[i][j];
                }
            }
            for (int p = 0; p < free.size(); p++) {
                t[free.get(p)[0]][free.get(p)[1]] = x[p];
            }
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    t[i][c] += t[i][j];
                    t[r][j] += t[i][j];
                    t[r][c] += t[i][j];
                }
            }
            boolean agrees = true;
            for (int i = 0; i <= r && agrees; i++) {
                for (int j = 0; j <= c; j++) {
                    if (known[i][j] && t[i][j] != v[i][j]) {
                        agrees = false;
                        break;
                    }
                }
            }
            if (agrees && t[ti][tj] != v[ti][tj]) {
                return true;
            }
            int p = 0;
            while (p < x.length && x[p] == cap) {
                x[p] = 0;
                p++;
            }
            if (p == x.length) {
                return false;
            }
            x[p]++;
        }
    }

    private static Fixed[][] allOwn(int rows, int cols) {
        Fixed[][] f = new Fixed[rows][cols];
        for (Fixed[] row : f) {
            Arrays.fill(row, Fixed.NO);
        }
        return f;
    }
}
