package org.casebridge.interfaces.audit.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import org.casebridge.application.audit.AuditService;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Messages;

/** "Who accessed this record": the audit entries about one record, newest first, reachable from any record. */
@Named
@ViewScoped
public class AuditRecordView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int ROWS = 50;

    @Inject
    AuditService audit;

    @Inject
    Messages messages;

    @Inject
    UserLocale userLocale;

    private String type;
    private String id;
    /** Transient: the table's model keeps the audit entries it loaded (entities); built again on another cluster member. */
    private transient AuditEntries entries;
    /** Whether {@link #load} read the first page, so that the table is built again after a fail-over. */
    private boolean loaded;

    /** Reads the first page here, so that bad parameters are reported before the table renders. */
    public void load() {
        if (entries != null) {
            return;
        }
        try {
            entries = new AuditEntries((first, size, sort, ascending) -> audit.recordHistory(type, id, first, size),
                    audit.recordHistory(type, id, 0, ROWS));
            loaded = true;
        } catch (ValidationException e) {
            messages.show(e, Map.of());
        }
    }

    public String time(Instant at) {
        return userLocale.timeToSecond(at);
    }

    public int getRows() {
        return ROWS;
    }

    public AuditEntries getEntries() {
        if (entries == null && loaded) {
            entries = new AuditEntries((first, size, sort, ascending) -> audit.recordHistory(type, id, first, size));
        }
        return entries;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
