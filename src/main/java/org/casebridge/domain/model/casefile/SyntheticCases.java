package org.casebridge.domain.model.casefile;

/**
 * Port to the synthetic case generator, which fills the database with generated cases (no real
 * person in them) so that lists can be tried at hundreds of thousands of cases. Only demo
 * installations may use it; the application service decides that.
 */
public interface SyntheticCases {

    /** Adds {@code cases} synthetic cases, committing as it goes; throws {@link Failed} if it stops part-way. */
    Summary generate(int cases);

    /** What a run added; {@code requests} are cross-border cooperation requests, {@code requestMessages} their messages. */
    record Summary(int cases, int victims, int events, int notes, int referrals, int requests, int requestMessages,
            int agenciesCreated, int caseworkersCreated, int partnersCreated, int focalPointsCreated, long millis) {
    }

    /** A run that stopped part-way; the cases committed before it stopped stay. */
    class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int committedCases;

        public Failed(int committedCases, Throwable cause) {
            super("generation stopped after " + committedCases + " cases", cause);
            this.committedCases = committedCases;
        }

        public int committedCases() {
            return committedCases;
        }
    }
}
