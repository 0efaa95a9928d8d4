package org.casebridge.interfaces.account.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.casebridge.application.account.AccountService;
import org.casebridge.application.agency.AgencyService;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * The user administration screen: accounts page by page (paged in SQL, by username), and the dialogs
 * that create an account, change its name, agency and roles, disable or enable it, set a new (temporary)
 * password, and remove a lost second factor.
 */
@Named
@ViewScoped
public class UserAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserLocale userLocale;

    static final int ROWS = 25;
    private static final String TABLE = "users:table";

    @Inject
    AccountService accounts;

    @Inject
    AgencyService agencies;

    @Inject
    org.casebridge.application.account.SecondFactorService secondFactors;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    /** Holds the entities of one page; rebuilt if the view is restored on another cluster member. */
    private transient UserPages users;
    private String filter;
    /** The filter of the table shown, for its download. */
    private String shownFilter;
    /** The download was refused for its length: the list is offered as a background export until the next search. */
    private boolean offerBackground;
    private List<SelectItem> agencyOptions = List.of();

    private Long selectedId;
    private long selectedVersion;
    private UserForm form = new UserForm();

    public LazyDataModel<UserAccount> getUsers() {
        if (users == null) {
            users = new UserPages(accounts, filter, ROWS);
        }
        return users;
    }

    public void search() {
        shownFilter = filter;
        offerBackground = false;
        users = new UserPages(accounts, filter, ROWS);
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void startCreate() {
        selectedId = null;
        form = new UserForm();
        agencyOptions = agencyOptions(null);
        dialogs.show("createDialog");
    }

    public void create() {
        AccountService.NewAccount account = new AccountService.NewAccount(form.getUsername(), form.getDisplayName(),
                form.getAgencyId(), form.roleSet(), form.takePassword(), form.getEmail(), form.getLanguage(), null);
        if (messages.attempt(() -> accounts.create(account), Map.of("username", "create:username",
                "displayName", "create:displayName", "agency", "create:agency", "roles", "create:roles",
                "password", "create:password", "email", "create:email", "language", "create:language"))) {
            done("createDialog", "user.created");
        }
    }

    public void startEdit(long id) {
        if (messages.attempt(() -> select(accounts.get(id)), Map.of())) {
            dialogs.show("editDialog");
        }
    }

    public void save() {
        if (selectedId == null) {
            return;
        }
        AccountService.AccountChanges changes = new AccountService.AccountChanges(form.getDisplayName(),
                form.getAgencyId(), form.roleSet(), form.getEmail());
        if (messages.attempt(() -> accounts.update(selectedId, selectedVersion, changes), Map.of(
                "displayName", "edit:displayName", "agency", "edit:agency", "roles", "edit:roles", "email", "edit:email"))) {
            done("editDialog", "user.saved");
        }
    }

    public void disable(long id) {
        if (messages.attempt(() -> accounts.disable(id), Map.of())) {
            done(null, "user.disabled");
        }
    }

    public void enable(long id) {
        if (messages.attempt(() -> accounts.enable(id), Map.of())) {
            done(null, "user.enabled");
        }
    }

    /** Removes the user's second factor (a lost phone); they are told, and set up a new one. */
    public void resetSecondFactor(long id) {
        if (messages.attempt(() -> secondFactors.reset(id), Map.of())) {
            done(null, "user.secondFactor.reset");
        }
    }

    public void startResetPassword(long id) {
        if (messages.attempt(() -> select(accounts.get(id)), Map.of())) {
            dialogs.show("passwordDialog");
        }
    }

    public void resetPassword() {
        if (selectedId == null) {
            return;
        }
        String newPassword = form.takePassword();
        if (messages.attempt(() -> accounts.resetPassword(selectedId, newPassword), Map.of("password", "pwd:password"))) {
            done("passwordDialog", "user.password.reset");
        }
    }

    /** Bundle-key suffix of an account's state: {@code enabled}, {@code disabled} or {@code locked}. */
    public String status(UserAccount account) {
        if (!account.isEnabled()) {
            return "disabled";
        }
        return account.isLockedAt(Instant.now()) ? "locked" : "enabled";
    }

    public String roleLabels(UserAccount account) {
        return account.getRoles().stream().map(r -> messages.text("role." + r.roleName()))
                .collect(Collectors.joining(", "));
    }

    public String lastLogin(UserAccount account) {
        return userLocale.time(account.getLastLoginAt());
    }

    public List<Role> getRoleOptions() {
        return Arrays.asList(Role.values());
    }

    private void select(UserAccount account) {
        selectedId = account.getId();
        selectedVersion = account.getVersion();
        form = UserForm.of(account);
        agencyOptions = agencyOptions(account.getAgency());
    }

    /** Active agencies, plus the account's current one even if it has since been deactivated. */
    private List<SelectItem> agencyOptions(Agency current) {
        List<SelectItem> options = new ArrayList<>();
        for (Agency a : agencies.agencies()) {
            if (a.isActive() || (current != null && a.getId().equals(current.getId()))) {
                options.add(new SelectItem(a.getId(), a.getCode() + " – " + a.getName()));
            }
        }
        return options;
    }

    private void done(String dialog, String messageKey) {
        if (dialog != null) {
            dialogs.hide(dialog);
        }
        messages.info(messageKey);
        PrimeFaces.current().ajax().update("growl", TABLE);
    }

    /** The filter of the list shown: what "Download as Excel" downloads. */
    public String shownFilter() {
        return shownFilter;
    }

    /** After a download refused for its length: offer the list as a background export instead. */
    void offerBackground() {
        this.offerBackground = true;
    }

    public boolean isOfferBackground() {
        return offerBackground;
    }

    public String getFilter() {
        return filter;
    }

    public void setFilter(String filter) {
        this.filter = filter;
    }

    public List<SelectItem> getAgencyOptions() {
        return agencyOptions;
    }

    public UserForm getForm() {
        return form;
    }
}
