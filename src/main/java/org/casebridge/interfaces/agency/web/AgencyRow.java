package org.casebridge.interfaces.agency.web;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyType;
import org.casebridge.domain.model.agency.ServiceType;

/**
 * One agency as the agency screens list it: plain values with their labels already looked up, so that
 * tables can sort and filter on what the user reads, and a view can keep the rows between requests.
 */
public record AgencyRow(long id, String code, String name, AgencyType type, String typeLabel, String countryName,
        boolean regional, Set<ServiceType> services, String servicesLabel, String contactPhone, String contactEmail,
        String contactAddress, boolean active) implements Serializable {

    /** By country (regional and international agencies last), then by name. */
    static final Comparator<AgencyRow> BY_COUNTRY_THEN_NAME = Comparator.comparing(AgencyRow::regional)
            .thenComparing(AgencyRow::countryName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(AgencyRow::name, String.CASE_INSENSITIVE_ORDER);

    /** {@code label} turns a bundle key into the text shown. */
    static AgencyRow of(Agency a, Function<String, String> label) {
        Set<ServiceType> services = a.getServices();
        return new AgencyRow(a.getId(), a.getCode().value(), a.getName(), a.getType(),
                label.apply("agencyType." + a.getType().name()),
                a.getCountry() == null ? label.apply("common.regional") : a.getCountry().getName(),
                a.getCountry() == null, services,
                services.stream().map(s -> label.apply("service." + s.name())).collect(Collectors.joining(", ")),
                a.getContactPhone(), a.getContactEmail(), a.getContactAddress(), a.isActive());
    }

    /** Whether the code, name, type, country or one of the services contains {@code text} (any case). */
    boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.trim().toLowerCase(Locale.ROOT);
        return Stream.of(code, name, typeLabel, countryName, servicesLabel)
                .anyMatch(s -> s != null && s.toLowerCase(Locale.ROOT).contains(needle));
    }
}
