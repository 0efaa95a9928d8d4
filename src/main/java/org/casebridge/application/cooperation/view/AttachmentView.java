package org.casebridge.application.cooperation.view;

import java.io.Serializable;
import org.casebridge.domain.model.cooperation.CooperationAttachment;
import org.casebridge.domain.model.cooperation.FileKind;

/** An attachment as listed on the thread (never its bytes). */
public record AttachmentView(long id, long messageId, String fileName, FileKind kind, String contentType, long sizeBytes,
        String sha256) implements Serializable {

    public static AttachmentView of(CooperationAttachment a) {
        return new AttachmentView(a.getId(), a.getMessageId(), a.getFileName(), a.getKind(), a.getKind().contentType(),
                a.getSizeBytes(), a.getSha256());
    }
}
