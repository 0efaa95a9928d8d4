package org.casebridge.interfaces.casefile.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.casebridge.application.casefile.CaseIntakeService;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;

/** One consent as the intake and the consent dialog take it: plain values. */
public class ConsentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ConsentPurpose purpose;
    private ConsentScope scope = ConsentScope.ANY;
    private String scopeValue;
    private LocalDate givenOn = LocalDate.now();
    private LocalDate expiresOn;

    CaseIntakeService.ConsentInput toInput() {
        return new CaseIntakeService.ConsentInput(purpose, scope, scopeValue, givenOn, expiresOn);
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public void setPurpose(ConsentPurpose purpose) {
        this.purpose = purpose;
    }

    public ConsentScope getScope() {
        return scope;
    }

    public void setScope(ConsentScope scope) {
        this.scope = scope;
    }

    public String getScopeValue() {
        return scopeValue;
    }

    public void setScopeValue(String scopeValue) {
        this.scopeValue = scopeValue;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
