package org.casebridge.interfaces.casefile.rest;

import java.time.LocalDate;
import org.casebridge.domain.model.casefile.TraffickingEvent;

public record EventDto(long id, String type, String countryCode, String place, LocalDate date) {

    static EventDto of(TraffickingEvent e) {
        return new EventDto(e.getId(), e.getType().name(), e.getCountryCode(), e.getPlace(), e.getDate());
    }
}
