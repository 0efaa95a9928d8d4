package org.casebridge.application.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.casebridge.application.Access;
import org.casebridge.application.Caller;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.export.ExportJob;
import org.casebridge.domain.model.export.ExportJobRepository;
import org.casebridge.domain.model.export.ExportKind;

/**
 * The access policy for export jobs; the only place their rules are written. A kind may be asked for
 * only by its roles ({@link ExportKind#roles()}: HTCDS by a supervisor, of their own country; the
 * k-anonymous set by an analyst; a list by whoever sees the list, checked again by the list's own access
 * policy), otherwise 403, audited DENIED. A job is its owner's alone, whatever
 * the role: another's is answered exactly like a missing one (404), audited DENIED with its id and the
 * owner's country.
 */
@ApplicationScoped
public class ExportAccess {

    public static final String JOB = "export_job";

    @Inject
    Access access;

    @Inject
    Caller caller;

    @Inject
    ExportJobRepository jobs;

    /** The caller, if their roles allow asking for {@code kind}; otherwise audited DENIED and 403. */
    public UserAccount requester(ExportKind kind) {
        UserAccount user = access.requireAnyRole(JOB, kind.roles().toArray(Role[]::new));
        if (kind == ExportKind.HTCDS_CASES && user.countryCode() == null) {
            throw access.forbidden(JOB, null, null, "supervisor without a country");
        }
        return user;
    }

    /** The kinds the caller's roles allow asking for; none: audited DENIED and 403 (the exports screen refused). */
    public java.util.List<ExportKind> offered() {
        UserAccount user = access.requireAnyRole(JOB, java.util.Arrays.stream(ExportKind.values()).flatMap(k -> k.roles().stream())
                .distinct().toArray(Role[]::new));
        return java.util.Arrays.stream(ExportKind.values()).filter(k -> k.roles().stream().anyMatch(user::hasRole)).toList();
    }

    /** The caller, who may list their own jobs; 403 when not logged in. */
    public UserAccount owner() {
        return access.requireAnyRole(JOB, Role.values());
    }

    /** Job {@code id} if it is the caller's; refused and audited otherwise. */
    public ExportJob jobFor(long id) {
        Optional<ExportJob> found = jobs.find(id);
        String country = found.map(ExportJob::getOwnerCountry).orElse(null);
        UserAccount user = caller.account().orElseThrow(() -> access.forbidden(JOB, id, country, Role.values()));
        ExportJob job = found.orElseThrow(() -> access.missing(JOB, id));
        if (!job.isOwnedBy(user.getId())) {
            throw access.notVisible(JOB, id, country, "owned by another user");
        }
        return job;
    }

    /** A supervisor's HTCDS export of another country than their own: audited DENIED, 403. */
    public RuntimeException otherCountry(String asked) {
        return access.forbidden(JOB, null, asked, "country of another supervisor");
    }
}
