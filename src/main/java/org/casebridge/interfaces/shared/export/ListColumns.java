package org.casebridge.interfaces.shared.export;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.casebridge.application.casefile.view.CaseRow;
import org.casebridge.application.cooperation.view.RequestRow;
import org.casebridge.application.referral.view.PartnerReferralRow;
import org.casebridge.application.referral.view.ReferralRow;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.audit.AuditEntry;
import org.casebridge.domain.model.cooperation.RequestQuery.Direction;
import org.casebridge.interfaces.shared.export.Spreadsheet.Column;

/**
 * The columns of each list's download: what the list's table shows of a row, with the table's headers,
 * and nothing more (no victim names where the table shows none). The screens and REST use the same ones.
 */
public final class ListColumns {

    private ListColumns() {
    }

    /** The case list (cases/list.xhtml). */
    public static List<Column<CaseRow>> cases() {
        return List.of(
                Column.of("case.number", CaseRow::number),
                Column.of("case.status", c -> Labels.code(c.status())
                        + (c.closurePending() ? " (" + Labels.text("case.closure.pendingShort") + ")" : "")),
                Column.of("case.stage", c -> Labels.code(c.stage())),
                Column.of("case.riskLevel", c -> Labels.code(c.riskLevel())),
                Column.of("case.identificationDate", c -> Labels.value(c.identificationDate())),
                Column.of("case.reviewDue", c -> Labels.value(c.reviewDue())
                        + (c.overdue() ? " (" + Labels.text("case.overdue") + ")" : "")),
                Column.of("case.assignedTo", c -> c.assignedTo() == null ? "" : c.assignedTo().displayName()),
                Column.of("case.owningAgency", CaseRow::owningAgencyCode),
                Column.of("case.country", CaseRow::countryCode),
                Column.of("case.changedAt", c -> Labels.when(c.changedAt())));
    }

    /** The sending side's referral list (referrals/list.xhtml). */
    public static List<Column<ReferralRow>> referrals() {
        return List.of(
                Column.of("referral.number", r -> Long.toString(r.id())),
                Column.of("referral.status", r -> referralStatus(Labels.code(r.status()), r.overdue(), r.consentWithdrawn())),
                Column.of("referral.urgency", r -> Labels.code(r.urgency())),
                Column.of("referral.services", r -> Labels.codes(r.services())),
                Column.of("referral.from", r -> r.sendingAgencyCode() + " (" + r.sendingCountry() + ")"),
                Column.of("referral.to", ReferralRow::recipientAgencyCode),
                Column.of("referral.sentAt", r -> Labels.when(r.sentAt())),
                Column.of("referral.responseDue", r -> Labels.when(r.responseDue())));
    }

    /** A partner's inbox (referrals/list.xhtml): no recipient column, as on the screen. */
    public static List<Column<PartnerReferralRow>> partnerReferrals() {
        return List.of(
                Column.of("referral.number", r -> Long.toString(r.id())),
                Column.of("referral.status", r -> referralStatus(Labels.code(r.status()), r.overdue(), r.consentWithdrawn())),
                Column.of("referral.urgency", r -> Labels.code(r.urgency())),
                Column.of("referral.services", r -> Labels.codes(r.services())),
                Column.of("referral.from", r -> r.sendingAgencyCode() + " (" + r.sendingCountry() + ")"),
                Column.of("referral.sentAt", r -> Labels.when(r.sentAt())),
                Column.of("referral.responseDue", r -> Labels.when(r.responseDue())));
    }

    private static String referralStatus(String status, boolean overdue, boolean consentWithdrawn) {
        return status + (overdue ? " (" + Labels.text("referral.overdue") + ")" : "")
                + (consentWithdrawn ? " (" + Labels.text("referral.consentWithdrawn.short") + ")" : "");
    }

    /** The cooperation request list (cooperation/list.xhtml). */
    public static List<Column<RequestRow>> requests() {
        return List.of(
                Column.of("cooperation.reference", RequestRow::reference),
                Column.of("cooperation.counterpart", r -> r.direction() == Direction.OUTGOING ? r.requestedCountry()
                        : r.requestingCountry()),
                Column.of("cooperation.type", r -> Labels.code(r.type())),
                Column.of("cooperation.priority", r -> Labels.code(r.priority())),
                Column.of("cooperation.status", r -> Labels.code(r.status())
                        + (r.overdue().isEmpty() ? "" : " (" + Labels.text("referral.overdue") + ")")),
                Column.of("cooperation.sentAt", r -> Labels.when(r.sentAt())),
                Column.of("cooperation.acknowledgeBy", r -> Labels.when(r.acknowledgeBy())),
                Column.of("cooperation.answerBy", r -> Labels.when(r.answerBy())));
    }

    private static final DateTimeFormatter AUDIT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    /** The supervisor's audit log (audit/log.xhtml). */
    public static List<Column<AuditEntry>> auditEntries() {
        return List.of(
                Column.of("audit.col.sequence", e -> Long.toString(e.getSequence())),
                Column.of("audit.col.time", e -> AUDIT_TIME.format(e.getOccurredAt())),
                Column.of("audit.col.user", e -> Labels.value(e.getUsername())
                        + (e.getRoles() == null || e.getRoles().isBlank() ? "" : " (" + e.getRoles() + ")")),
                Column.of("audit.col.agency", e -> Labels.value(e.getAgencyCode())
                        + (e.getCountryCode() == null ? "" : " (" + e.getCountryCode() + ")")),
                Column.of("audit.col.action", e -> e.getAction() == null ? "" : Labels.text("audit.action." + e.getAction().name())),
                Column.of("audit.col.record", e -> recordType(e.getRecordType())
                        + (e.getRecordId() == null ? "" : " " + e.getRecordId())),
                Column.of("audit.col.shown", e -> e.getShownIds() == null ? "" : e.getShownIds().replace(",", ", ")),
                Column.of("audit.col.outcome", e -> e.getOutcome() == null ? ""
                        : Labels.text("audit.outcome." + e.getOutcome().name())));
    }

    private static String recordType(String type) {
        if (type == null || type.isBlank()) {
            return "";
        }
        String text = Labels.text("audit.type." + type);
        return text.equals("audit.type." + type) ? type : text;
    }

    /** The administrators' (and supervisors') user list (admin/users.xhtml), without its action buttons. */
    public static List<Column<UserAccount>> users() {
        return List.of(
                Column.of("user.username", u -> u.getUsername().value()),
                Column.of("user.displayName", UserAccount::getDisplayName),
                Column.of("user.agency", u -> u.getAgency() == null ? "" : u.getAgency().getName()),
                Column.of("user.country", u -> u.getAgency() == null || u.getAgency().getCountry() == null
                        ? Labels.text("common.regional") : u.getAgency().getCountry().getName()),
                Column.of("user.roles", u -> u.getRoles().stream().map(r -> Labels.text("role." + r.roleName()))
                        .collect(Collectors.joining(", "))),
                Column.of("user.status", u -> Labels.text("user.status." + (!u.isEnabled() ? "disabled"
                        : u.isLockedAt(Instant.now()) ? "locked" : "enabled"))),
                Column.of("user.lastLogin", u -> Labels.when(u.getLastLoginAt())));
    }
}
