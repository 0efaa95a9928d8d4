package org.casebridge.application.export;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.casebridge.application.account.UserListExport;
import org.casebridge.application.audit.AuditListExport;
import org.casebridge.application.casefile.CaseListExport;
import org.casebridge.application.cooperation.CooperationListExport;
import org.casebridge.application.referral.ReferralListExport;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.export.ListSelection;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * The lists a {@code LIST_XLSX} export can hold, by name, and what every one of them asks of its owner when the job
 * runs: an enabled account still holding one of the list's roles, and the owner's saved language and time zone.
 */
@Stateless
public class ListExports {

    @Inject
    CaseListExport cases;

    @Inject
    ReferralListExport referrals;

    @Inject
    CooperationListExport requests;

    @Inject
    AuditListExport auditLog;

    @Inject
    UserListExport users;

    @Inject
    AccountRepository accounts;

    /** The list named {@code name}; an unknown name is refused (400) naming the lists. */
    public ListExport<?, ?> of(String name) {
        List<ListExport<?, ?>> all = List.of(cases, referrals, requests, auditLog, users);
        return all.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> ValidationException.of("list", "error.export.list", String.join(", ", ListSelection.LISTS)));
    }

    /**
     * The owner's saved language and time zone (tags as stored; null when none saved): the file is written in
     * them, since no request of theirs is there to ask when the job runs.
     */
    public Preferences preferences(long ownerId) {
        UserAccount user = accounts.find(ownerId).orElseThrow(() -> new DomainException("error.export.listOwner"));
        return new Preferences(user.getLanguage(), user.getTimeZone());
    }

    /**
     * The owner of a list's export as the job finds them (in the caller's transaction): enabled and holding one of
     * {@code roles}, otherwise the job fails ({@code error.export.listOwner}).
     */
    public static UserAccount owner(AccountRepository accounts, long ownerId, Role... roles) {
        UserAccount user = accounts.find(ownerId).orElseThrow(() -> new DomainException("error.export.listOwner"));
        if (!user.isEnabled() || !user.hasAnyRole(roles)) {
            throw new DomainException("error.export.listOwner");
        }
        return user;
    }

    /** A language tag and a time zone id, as saved on the account. */
    public record Preferences(String language, String timeZone) {
    }
}
