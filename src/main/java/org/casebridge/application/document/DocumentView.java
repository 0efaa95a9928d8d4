package org.casebridge.application.document;

import java.io.Serializable;
import java.time.Instant;
import org.casebridge.application.casefile.view.CaseEntries.VoidView;
import org.casebridge.domain.model.document.CaseDocument;
import org.casebridge.domain.model.document.DocumentKind;

/**
 * A document as its case's or victim's Documents list shows it: what it is, its name, format and size,
 * who attached it and when, and, for supervisors, whether it was voided (by whom, when, why). Never its
 * bytes: those come only through an audited download. The version is for If-Match when voiding.
 */
public record DocumentView(long id, Long caseId, Long victimId, DocumentKind kind, String fileName, String fileType,
        long sizeBytes, String addedBy, Instant addedAt, long version, VoidView voided) implements Serializable {

    public static DocumentView of(CaseDocument d) {
        return new DocumentView(d.getId(), d.getCaseId(), d.getVictimId(), d.getKind(), d.getFileName(), d.getFileType().name(),
                d.getSizeBytes(), d.getCreatedBy(), d.getCreatedAt(), d.getVersion(), VoidView.of(d.getVoiding()));
    }
}
