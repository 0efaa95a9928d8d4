package org.casebridge.domain.model.statistics;

/**
 * Age at identification in the bands CTDC publishes (generalised so that an age never narrows a
 * count down to a person). The bounds are inclusive years of age.
 */
public enum AgeBand {
    AGE_0_8(0, 8),
    AGE_9_17(9, 17),
    AGE_18_20(18, 20),
    AGE_21_23(21, 23),
    AGE_24_26(24, 26),
    AGE_27_29(27, 29),
    AGE_30_38(30, 38),
    AGE_39_47(39, 47),
    AGE_48_PLUS(48, 200);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }
}
