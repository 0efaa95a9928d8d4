package org.casebridge.interfaces.account.web;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;

/**
 * What the user dialogs edit: plain values only, so that the view can keep them between requests.
 * The password is write-only; it is never shown again once submitted.
 */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String displayName;
    private String email;
    private Long agencyId;
    private Role[] roles = new Role[0];
    private String password;
    /** At creation: the new account's language; null for its country's usual one. */
    private String language;

    static UserForm of(UserAccount account) {
        UserForm form = new UserForm();
        form.username = account.getUsername().value();
        form.displayName = account.getDisplayName();
        form.email = account.getEmail();
        form.agencyId = account.getAgency().getId();
        form.roles = account.getRoles().toArray(new Role[0]);
        return form;
    }

    Set<Role> roleSet() {
        return roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
    }

    /** Hands the password over once and forgets it. */
    String takePassword() {
        String p = password;
        password = null;
        return p;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language == null || language.isBlank() ? null : language;
    }
}
