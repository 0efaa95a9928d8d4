package org.casebridge.domain.model.audit;

import java.io.Serializable;
import java.util.Objects;

/**
 * The primary key of the witness tables: another installation (by the name configured here) and a
 * checkpoint sequence of the witnessed one.
 */
public class InstallationSequence implements Serializable {

    private static final long serialVersionUID = 1L;
    private String installation;
    private long sequence;

    public InstallationSequence() {
    }

    public InstallationSequence(String installation, long sequence) {
        this.installation = installation;
        this.sequence = sequence;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InstallationSequence k && k.sequence == sequence && Objects.equals(k.installation, installation);
    }

    @Override
    public int hashCode() {
        return Objects.hash(installation, sequence);
    }
}
