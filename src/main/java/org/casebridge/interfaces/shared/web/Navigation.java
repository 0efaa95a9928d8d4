package org.casebridge.interfaces.shared.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.casebridge.application.Caller;
import org.casebridge.application.account.LoginService;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;

/**
 * The menu and home page: each role sees only what it may use. Hiding an item is a convenience;
 * the application services refuse the same actions whatever the screen shows.
 */
@Named
@RequestScoped
public class Navigation {

    @Inject
    Caller caller;

    @Inject
    LoginService logins;

    /** One menu entry: a key for tests, the view, the bundle key of its label, and who sees it. */
    public record Item(String key, String outcome, String label, Set<Role> roles) {
    }

    static final List<Item> ITEMS = List.of(
            new Item("cases", "/cases/list", "menu.cases", EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR)),
            new Item("newcase", "/cases/intake", "menu.newcase", EnumSet.of(Role.CASEWORKER)),
            new Item("referrals", "/referrals/list", "menu.referrals", EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR)),
            new Item("inbox", "/referrals/list", "menu.inbox", EnumSet.of(Role.PARTNER)),
            new Item("cooperation", "/cooperation/list", "menu.cooperation", EnumSet.of(Role.FOCAL_POINT, Role.SUPERVISOR)),
            new Item("timings", "/cooperation/timings", "menu.timings", EnumSet.of(Role.SUPERVISOR)),
            new Item("audit", "/audit/log", "menu.audit", EnumSet.of(Role.SUPERVISOR)),
            new Item("directory", "/directory/agencies", "menu.directory",
                    EnumSet.of(Role.CASEWORKER, Role.FOCAL_POINT, Role.PARTNER, Role.SUPERVISOR)),
            new Item("users", "/admin/users", "menu.users", EnumSet.of(Role.ADMIN)),
            new Item("agencies", "/admin/agencies", "menu.agencies", EnumSet.of(Role.ADMIN)),
            new Item("countries", "/admin/countries", "menu.countries", EnumSet.of(Role.ADMIN)),
            new Item("security", "/admin/security", "menu.security", EnumSet.of(Role.ADMIN)),
            // exports (issue 13)
            new Item("exports", "/exports/list", "menu.exports",
                    EnumSet.of(Role.CASEWORKER, Role.SUPERVISOR, Role.ANALYST, Role.PARTNER, Role.FOCAL_POINT, Role.ADMIN)),
            new Item("notifications", "/notifications/list", "menu.notifications",
                    EnumSet.of(Role.CASEWORKER, Role.FOCAL_POINT, Role.PARTNER, Role.SUPERVISOR)),
            // Regional statistics (issue 13)
            new Item("statistics", "/statistics/overview", "menu.statistics",
                    EnumSet.of(Role.ANALYST, Role.SUPERVISOR, Role.FOCAL_POINT, Role.CASEWORKER)));

    private List<Item> items;

    public List<Item> getItems() {
        if (items == null) {
            Set<Role> roles = caller.account().map(UserAccount::getRoles).orElse(EnumSet.noneOf(Role.class));
            items = ITEMS.stream().filter(i -> i.roles().stream().anyMatch(roles::contains)).toList();
        }
        return items;
    }

    public String getDisplayName() {
        return caller.account().map(UserAccount::getDisplayName).orElse("");
    }

    public String getAgencyName() {
        return caller.account().map(a -> a.getAgency().getName()).orElse("");
    }

    public List<String> getRoleLabels() {
        Set<Role> roles = caller.account().map(UserAccount::getRoles).orElse(EnumSet.noneOf(Role.class));
        return Arrays.stream(Role.values()).filter(roles::contains).map(r -> "role." + r.roleName()).toList();
    }

    public String logout() throws ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            logins.loggedOut(request.getUserPrincipal().getName());
        }
        request.logout();
        external.invalidateSession();
        return "/login?faces-redirect=true";
    }
}
