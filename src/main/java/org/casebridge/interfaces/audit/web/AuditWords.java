package org.casebridge.interfaces.audit.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The audit log's codes in words for people (bundle keys {@code audit.action.*}, {@code audit.type.*},
 * {@code audit.outcome.*}); a record type the bundle does not know is shown as it is stored. The
 * export and the API keep the codes.
 */
@Named
@ApplicationScoped
public class AuditWords {

    /** The record types the application writes on the trail, offered by the record type filter. */
    static final List<String> RECORD_TYPES = List.of("case_file", "victim", "consent", "referral",
            "cooperation_request", "cooperation_attachment", "notification", "user_account", "session", "agency",
            "country", "audit", "page", "generator", "api_token",
            "case_document");

    @Inject
    Messages messages;

    public String action(AuditAction action) {
        return action == null ? "" : messages.text("audit.action." + action.name());
    }

    public String outcome(AuditOutcome outcome) {
        return outcome == null ? "" : messages.text("audit.outcome." + outcome.name());
    }

    public String type(String recordType) {
        if (recordType == null || recordType.isBlank()) {
            return "";
        }
        String key = "audit.type." + recordType;
        String text = messages.text(key);
        return key.equals(text) ? recordType : text;
    }

    public List<String> getRecordTypes() {
        return RECORD_TYPES;
    }

    /** The ids a LIST entry showed, spaced so that a long list wraps. */
    public String ids(String shownIds) {
        return shownIds == null ? "" : shownIds.replace(",", ", ");
    }

    /** How many ids a LIST entry showed ("4,8,15" is 3). */
    public int shownCount(String shownIds) {
        if (shownIds == null || shownIds.isBlank()) {
            return 0;
        }
        return (int) shownIds.chars().filter(c -> c == ',').count() + 1;
    }
}
