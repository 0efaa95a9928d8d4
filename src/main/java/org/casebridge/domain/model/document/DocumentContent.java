package org.casebridge.domain.model.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one document, in the database beside its {@link CaseDocument}, read only for a download. */
@Entity
@Table(name = "case_document_content")
public class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected DocumentContent() {
    }

    public DocumentContent(CaseDocument document, byte[] content) {
        if (!CaseDocument.sha256(content).equals(document.getSha256())) {
            throw new IllegalArgumentException("not the document's content");
        }
        this.documentId = document.getId();
        this.content = content.clone();
    }

    public Long getDocumentId() {
        return documentId;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
