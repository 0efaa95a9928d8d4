package org.casebridge.application.document;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.casebridge.application.Access;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.application.casefile.CaseAccess;
import org.casebridge.application.casefile.CaseAction;
import org.casebridge.application.casefile.CaseGrant;
import org.casebridge.application.casefile.VictimGrant;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.document.CaseDocument;
import org.casebridge.domain.model.document.DocumentKind;
import org.casebridge.domain.model.document.DocumentRepository;
import org.casebridge.domain.model.shared.ConcurrentChangeException;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Documents of cases and victims (signed consent forms, identity documents, photos, reports). Access is
 * exactly the case's or the victim's ({@link CaseAccess}): those who work on the case attach and void;
 * whoever may read it (its country's supervisors too) lists and downloads, each download audited; a
 * refusal names the document with the case's country. Files are checked by content and limited in
 * size ({@code casebridge.documents.max-bytes}, 10 MB by default); a refused file saves nothing.
 * Voided documents stay, listed for supervisors only.
 */
@Stateless
@AuditedService
public class DocumentService {

    public static final String DOCUMENT = "case_document";

    /** A file to download: its name, its content type (recognised at upload) and its bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @Inject
    CaseAccess access;

    @Inject
    Access refusals;

    @Inject
    DocumentRepository documents;

    @Inject
    UnitOfWork work;

    @Inject
    AuditTrail audit;

    @Inject
    @ConfigProperty(name = "casebridge.documents.max-bytes", defaultValue = "10485760")
    long maxBytes;

    /** The largest document accepted, in bytes. */
    @NotAudited("a configuration value, no record")
    public long maxBytes() {
        return maxBytes;
    }

    /** Attaches a document to a case, for those who work on it while it is open. */
    public DocumentView attachToCase(long caseId, DocumentKind kind, String fileName, byte[] content) {
        CaseGrant g = access.caseFor(caseId, CaseAction.WORK);
        requireOpen(g.caseFile().getStatus().isClosed());
        CaseDocument d = documents.add(CaseDocument.ofCase(caseId, kind, fileName, content, maxBytes), content);
        work.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, DOCUMENT, d.getId(), g.country()).detail(described("case=" + caseId, d)));
        return DocumentView.of(d);
    }

    /** Attaches a document to a victim, for those who work on one of the victim's open cases. */
    public DocumentView attachToVictim(long victimId, DocumentKind kind, String fileName, byte[] content) {
        VictimGrant g = access.victimFor(victimId, CaseAction.WORK);
        g.requireOpenCase();
        CaseDocument d = documents.add(CaseDocument.ofVictim(victimId, kind, fileName, content, maxBytes), content);
        work.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, DOCUMENT, d.getId(), g.country())
                .detail(described("victim=" + victimId, d)));
        return DocumentView.of(d);
    }

    /** A case's documents, oldest first; voided ones (marked) for the country's supervisors only. */
    public List<DocumentView> ofCase(long caseId) {
        CaseGrant g = access.caseFor(caseId, CaseAction.READ);
        return listed(documents.ofCase(caseId), g.rights().decideClosure(), "case=" + caseId);
    }

    /** A victim's documents, oldest first; voided ones (marked) for the country's supervisors only. */
    public List<DocumentView> ofVictim(long victimId) {
        VictimGrant g = access.victimFor(victimId, CaseAction.READ);
        return listed(documents.ofVictim(victimId), supervises(g), "victim=" + victimId);
    }

    /** The document's bytes, for whoever may read its case or victim; audited with its id. */
    public Download download(long documentId) {
        CaseDocument d = documents.find(documentId).orElseThrow(() -> accessMissing(documentId));
        String country;
        boolean supervisor;
        if (d.getCaseId() != null) {
            CaseGrant g = access.caseFor(d.getCaseId(), CaseAction.READ, DOCUMENT, documentId);
            country = g.country();
            supervisor = g.rights().decideClosure();
        } else {
            VictimGrant g = access.victimFor(d.getVictimId(), CaseAction.READ, DOCUMENT, documentId);
            country = g.country();
            supervisor = supervises(g);
        }
        if (d.isVoided() && !supervisor) {
            throw refusals.notVisible(DOCUMENT, documentId, country, "voided");
        }
        audit.record(AuditEvent.view(DOCUMENT, documentId, country).detail("download"));
        return new Download(d.getFileName(), d.getFileType().contentType(), documents.content(d));
    }

    /** Voids a document with a reason, against its version; for those who work on its case or victim. */
    public DocumentView voidDocument(long documentId, long expectedVersion, String reason) {
        CaseDocument d = documents.find(documentId).orElseThrow(() -> accessMissing(documentId));
        String country;
        String owner;
        String by;
        if (d.getCaseId() != null) {
            CaseGrant g = access.caseFor(d.getCaseId(), CaseAction.WORK, DOCUMENT, documentId);
            requireOpen(g.caseFile().getStatus().isClosed());
            country = g.country();
            owner = "case=" + d.getCaseId();
            by = g.user().getUsername().value();
        } else {
            VictimGrant g = access.victimFor(d.getVictimId(), CaseAction.WORK, DOCUMENT, documentId);
            g.requireOpenCase();
            country = g.country();
            owner = "victim=" + d.getVictimId();
            by = g.user().getUsername().value();
        }
        if (d.isVoided()) {
            throw refusals.notVisible(DOCUMENT, documentId, country, "voided");
        }
        ConcurrentChangeException.check(d.getVersion(), expectedVersion);
        d.voidFor(reason, by, Instant.now());
        work.flush();
        audit.record(AuditEvent.of(AuditAction.STATE_CHANGE, DOCUMENT, documentId, country).detail("voided " + owner));
        return DocumentView.of(d);
    }

    private List<DocumentView> listed(List<CaseDocument> all, boolean voidedToo, String owner) {
        List<CaseDocument> shown = all.stream().filter(d -> voidedToo || !d.isVoided()).toList();
        audit.record(AuditEvent.list(AuditAction.LIST, DOCUMENT, shown.stream().map(CaseDocument::getId).toList(), owner));
        return shown.stream().map(DocumentView::of).toList();
    }

    /** Whether the caller is a supervisor of one of the victim's cases. */
    private boolean supervises(VictimGrant g) {
        return g.readable().stream().anyMatch(c -> access.rights(g.user(), c).decideClosure());
    }

    private RuntimeException accessMissing(long documentId) {
        return refusals.missing(DOCUMENT, documentId);
    }

    private static void requireOpen(boolean closed) {
        if (closed) {
            throw new DomainException("error.document.theCaseIsClosed");
        }
    }

    private static String described(String owner, CaseDocument d) {
        return owner + " kind=" + d.getKind() + " type=" + d.getFileType() + " bytes=" + d.getSizeBytes();
    }
}
