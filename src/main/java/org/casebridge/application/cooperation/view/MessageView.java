package org.casebridge.application.cooperation.view;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.casebridge.domain.model.cooperation.CooperationMessage;

/** One message of the thread, with its attachments and whether the other country has read it. */
public record MessageView(long id, String author, String authorCountry, String body, Instant writtenAt, String readBy,
        Instant readAt, List<AttachmentView> attachments) implements Serializable {

    public static MessageView of(CooperationMessage m, List<AttachmentView> attachments) {
        return new MessageView(m.getId(), m.getAuthor(), m.getAuthorCountry(), m.getBody(), m.getWrittenAt(), m.getReadBy(),
                m.getReadAt(), attachments);
    }
}
