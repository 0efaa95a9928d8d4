package org.casebridge.interfaces.casefile.rest;

import org.casebridge.application.casefile.CaseIntakeService;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;

/** A consent a victim gave: purpose, recipient scope (AGENCY or COUNTRY with its code, or ANY), given and expiry dates. */
public record ConsentInput(String purpose, String scope, String scopeValue, String givenOn, String expiresOn) {

    CaseIntakeService.ConsentInput consent(String prefix, ValidationException.Collector errors) {
        return new CaseIntakeService.ConsentInput(Fields.code(ConsentPurpose.class, purpose, prefix + "purpose", errors),
                Fields.code(ConsentScope.class, scope, prefix + "scope", errors), scopeValue,
                Fields.date(givenOn, prefix + "givenOn", errors), Fields.date(expiresOn, prefix + "expiresOn", errors));
    }

    CaseIntakeService.ConsentInput consent() {
        ValidationException.Collector errors = new ValidationException.Collector();
        CaseIntakeService.ConsentInput c = consent("", errors);
        errors.throwIfAny();
        return c;
    }
}
