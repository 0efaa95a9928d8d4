package org.casebridge.interfaces.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;

/** What every date field ({@code cb:date}, WEB-INF/tags/date.xhtml) shares: the years its calendar offers. */
@Named("dateFields")
@ApplicationScoped
public class DateFields {

    /** Birth dates of the oldest living people to planned ends and expiries ten years ahead. */
    static final int YEARS_BACK = 110;
    static final int YEARS_AHEAD = 10;

    @Inject
    Clock clock;

    /** The calendar's year list, {@code first:last} as PrimeFaces' datePicker takes it (absolute years). */
    public String getYearRange() {
        int year = LocalDate.now(clock).getYear();
        return (year - YEARS_BACK) + ":" + (year + YEARS_AHEAD);
    }
}
