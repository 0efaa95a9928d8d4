package org.casebridge.domain.model.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.shared.Voiding;

/** One step of the trafficking process in a case: where and when someone was recruited, moved or exploited. */
@Entity
@Table(name = "case_event")
public class TraffickingEvent extends TrackedEntity {

    public static final int PLACE_MAX = 200;

    @Id
    @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private CaseFile caseFile;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 20)
    private EventType type;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    @Column(name = "place", length = PLACE_MAX)
    private String place;

    @Column(name = "event_date")
    private LocalDate date;

    @Embedded
    private Voiding voiding = new Voiding();

    protected TraffickingEvent() {
    }

    TraffickingEvent(CaseFile caseFile, EventType type, CountryCode country, String place, LocalDate date, LocalDate today) {
        this.caseFile = caseFile;
        revise(type, country, place, date, today);
    }

    /** Replaces what the event says after checking all of it; nothing is applied if one field is wrong. */
    final void revise(EventType newType, CountryCode country, String newPlace, LocalDate newDate, LocalDate today) {
        voiding.requireNotVoided();
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(newType != null, "type", "error.case.type2");
        String text = Text.oneLine(newPlace, PLACE_MAX, "place", "error.label.place", errors);
        errors.check(newDate == null || !newDate.isAfter(today), "date", "error.case.date");
        // a place given but refused has its own error already
        errors.check(country != null || (newPlace != null && !newPlace.isBlank()), "country", "error.case.country2");
        errors.throwIfAny();
        this.type = newType;
        this.countryCode = country == null ? null : country.value();
        this.place = text;
        this.date = newDate;
    }

    public Long getId() {
        return id;
    }

    public EventType getType() {
        return type;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public String getPlace() {
        return place;
    }

    public LocalDate getDate() {
        return date;
    }

    public boolean isVoided() {
        return voiding.isVoided();
    }

    /** Who voided the entry, when and why; {@link Voiding#isVoided()} false while it stands. */
    public Voiding getVoiding() {
        return voiding;
    }

    /** Voids the entry with a reason; it stays in the case, visible to supervisors as voided. */
    void voidFor(String reason, String by, Instant at) {
        voiding.voidFor(reason, by, at);
    }
}
