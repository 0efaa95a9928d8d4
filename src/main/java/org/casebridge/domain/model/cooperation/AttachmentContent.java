package org.casebridge.domain.model.cooperation;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of one attachment, stored in the database beside its {@link CooperationAttachment} and read only for a download. */
@Entity
@Table(name = "cooperation_attachment_content")
public class AttachmentContent {

    @Id
    @Column(name = "attachment_id")
    private Long attachmentId;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected AttachmentContent() {
    }

    public AttachmentContent(CooperationAttachment attachment, byte[] content) {
        if (!CooperationAttachment.sha256(content).equals(attachment.getSha256())) {
            throw new IllegalArgumentException("not the attachment's content");
        }
        this.attachmentId = attachment.getId();
        this.content = content.clone();
    }

    public Long getAttachmentId() {
        return attachmentId;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
