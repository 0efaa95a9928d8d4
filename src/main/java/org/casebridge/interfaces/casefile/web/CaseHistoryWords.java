package org.casebridge.interfaces.casefile.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.casebridge.application.casefile.view.HistoryEntry;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * A line of a case's history in words: "Note added", "Risk level, stage changed", "Referral accepted",
 * "Case viewed 7 times". Bundle keys {@code history.<record type>.<action>[.<what>]}; a line the
 * bundle does not know falls back to the audit log's words for the action and the record type.
 */
@Named
@ApplicationScoped
public class CaseHistoryWords {

    @Inject
    Messages messages;

    public String line(HistoryEntry h) {
        if (h == null) {
            return "";
        }
        String base = "history." + h.recordType() + "." + h.action().name();
        String detail = h.detail() == null ? "" : h.detail();
        if (h.action() == AuditAction.VIEW) {
            return format(base, h.views());
        }
        if (detail.startsWith("fields=")) {
            String fields = detail.substring("fields=".length()).split(" ")[0];
            if (fields.equals("assignedTo") || fields.equals("team") || fields.equals("victims")) {
                String what = fields.equals("team") ? (detail.contains("added=") ? "teamAdded" : "teamRemoved") : fields;
                return format(base + "." + what);
            }
            return format(base + ".fields", fieldNames(fields));
        }
        if (detail.startsWith("closure=")) {
            String closure = value(detail, "closure");
            return format(base + ".closure." + closure, status(value(detail, "status")));
        }
        if (detail.equals("reopened")) {
            return format(base + ".reopened");
        }
        if (detail.startsWith("voided")) {
            return format(base + ".voided");
        }
        if (detail.startsWith("withdrawn")) {
            return format(base + ".withdrawn");
        }
        String status = value(detail, "status");
        if (h.action() == AuditAction.STATE_CHANGE && status != null) {
            return format(base + ".status", status(status));
        }
        String text = format(base);
        return text.equals(base) ? messages.text("audit.action." + h.action().name()) + ": "
                + messages.text("audit.type." + h.recordType()) : text;
    }

    /** Who read the record, for a folded line of reads. */
    public String viewers(HistoryEntry h) {
        return h == null || h.viewers() == null ? "" : String.join(", ", h.viewers());
    }

    private String format(String key, Object... args) {
        String pattern = messages.text(key);
        return pattern.equals(key) ? key : new MessageFormat(pattern, Locale.ENGLISH).format(args);
    }

    private String fieldNames(String fields) {
        String words = Arrays.stream(fields.split(",")).filter(f -> !f.isBlank()).map(f -> {
            for (String prefix : new String[] {"case.", "victim."}) {
                String label = messages.text(prefix + f);
                if (!label.equals(prefix + f)) {
                    return label;
                }
            }
            return humane(f);
        }).collect(Collectors.joining(", "));
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1).toLowerCase(Locale.ENGLISH);
    }

    /** "ACCEPTED" as "accepted", "FOLLOW_UP" as "follow up". */
    private static String status(String code) {
        return code == null ? "" : code.toLowerCase(Locale.ENGLISH).replace('_', ' ');
    }

    /** "identificationDate" as "identification date". */
    private static String humane(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ENGLISH);
    }

    /** The value of {@code key=} in a detail such as "closure=approved status=CLOSED_SUCCESSFULLY". */
    private static String value(String detail, String key) {
        for (String part : detail.split(" ")) {
            if (part.startsWith(key + "=")) {
                return part.substring(key.length() + 1);
            }
        }
        return null;
    }
}
