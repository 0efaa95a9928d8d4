package org.casebridge.interfaces.casefile.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.EnumSet;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseSort;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.RiskLevel;

/** The filters of the case list as typed: plain values, turned into a {@link CaseQuery} when applied. */
public class CaseFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private String q;
    private String number;
    private CaseStatus status;
    private CaseStage stage;
    private RiskLevel risk;
    private ExploitationType exploitation;
    private String country;
    private LocalDate from;
    private LocalDate to;
    private boolean mine;
    private boolean overdue;

    /** The query, newest identification first; {@code me} is the caller's id, used for "my cases". */
    CaseQuery toQuery(Long me) {
        return new CaseQuery(blankToNull(q), blankToNull(number), status == null ? null : EnumSet.of(status), stage, risk,
                exploitation, blankToNull(country), mine ? me : null, from, to, overdue, CaseSort.IDENTIFIED, false);
    }

    boolean rangeReversed() {
        return from != null && to != null && to.isBefore(from);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public CaseStage getStage() {
        return stage;
    }

    public void setStage(CaseStage stage) {
        this.stage = stage;
    }

    public RiskLevel getRisk() {
        return risk;
    }

    public void setRisk(RiskLevel risk) {
        this.risk = risk;
    }

    public ExploitationType getExploitation() {
        return exploitation;
    }

    public void setExploitation(ExploitationType exploitation) {
        this.exploitation = exploitation;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }
}
