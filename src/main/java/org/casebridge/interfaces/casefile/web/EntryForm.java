package org.casebridge.interfaces.casefile.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.casebridge.domain.model.casefile.EventType;
import org.casebridge.domain.model.casefile.PerpetratorRole;
import org.casebridge.domain.model.casefile.SupportPlanType;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;

/**
 * What the small "add" dialogs of a case take (a note, an event, a support plan, a perpetrator, a team
 * member): plain values, one dialog open at a time.
 */
public class EntryForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private EventType eventType;
    private String country;
    private String place;
    private LocalDate date;
    private SupportPlanType planType;
    private String name;
    private PerpetratorRole[] roles = new PerpetratorRole[0];
    private RelationshipToTrafficker relationship;
    private String organisation;
    private Long userId;
    private LocalDate actualEnd;

    public LocalDate getActualEnd() {
        return actualEnd;
    }

    public void setActualEnd(LocalDate actualEnd) {
        this.actualEnd = actualEnd;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public EventType getEventType() {
        return eventType;
    }

    public void setEventType(EventType eventType) {
        this.eventType = eventType;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public SupportPlanType getPlanType() {
        return planType;
    }

    public void setPlanType(SupportPlanType planType) {
        this.planType = planType;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public PerpetratorRole[] getRoles() {
        return roles;
    }

    public void setRoles(PerpetratorRole[] roles) {
        this.roles = roles;
    }

    public RelationshipToTrafficker getRelationship() {
        return relationship;
    }

    public void setRelationship(RelationshipToTrafficker relationship) {
        this.relationship = relationship;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }
}
