package org.casebridge.interfaces.agency.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.casebridge.application.agency.AgencyService;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.AgencyType;
import org.casebridge.domain.model.agency.ServiceType;

/** What the agency dialog edits: plain values, checked by the domain when saved. */
public class AgencyEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private AgencyType type;
    private String countryCode;
    private ServiceType[] services = new ServiceType[0];
    private String contactPhone;
    private String contactEmail;
    private String contactAddress;
    private boolean active = true;

    static AgencyEditor of(Agency agency) {
        AgencyEditor e = new AgencyEditor();
        e.code = agency.getCode().value();
        e.name = agency.getName();
        e.type = agency.getType();
        e.countryCode = agency.getCountry() == null ? null : agency.getCountry().getCode().value();
        e.services = agency.getServices().toArray(new ServiceType[0]);
        e.contactPhone = agency.getContactPhone();
        e.contactEmail = agency.getContactEmail();
        e.contactAddress = agency.getContactAddress();
        e.active = agency.isActive();
        return e;
    }

    /** The service's form; {@code withActive} false on create, where an agency always starts active. */
    AgencyService.AgencyForm toForm(boolean withActive) {
        Set<ServiceType> serviceSet = services == null || services.length == 0 ? EnumSet.noneOf(ServiceType.class)
                : EnumSet.copyOf(Arrays.asList(services));
        return new AgencyService.AgencyForm(name, type, countryCode, serviceSet, contactPhone, contactEmail,
                contactAddress, withActive ? active : null);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AgencyType getType() {
        return type;
    }

    public void setType(AgencyType type) {
        this.type = type;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public ServiceType[] getServices() {
        return services;
    }

    public void setServices(ServiceType[] services) {
        this.services = services;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactAddress() {
        return contactAddress;
    }

    public void setContactAddress(String contactAddress) {
        this.contactAddress = contactAddress;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
