package org.casebridge.application.cooperation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.casebridge.application.audit.AuditEvent;
import org.casebridge.application.audit.AuditTrail;
import org.casebridge.application.audit.AuditedService;
import org.casebridge.application.audit.NotAudited;
import org.casebridge.application.cooperation.view.AttachmentView;
import org.casebridge.application.cooperation.view.MessageView;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.cooperation.CooperationAttachment;
import org.casebridge.domain.model.cooperation.CooperationMessage;
import org.casebridge.domain.model.cooperation.CooperationRepository;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.casebridge.domain.model.shared.ValidationException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The message thread of a request: the focal points of both countries write on it (once sent, until
 * it is final) and attach files to their own messages; whoever may read the request downloads them,
 * each download audited. Attachments are checked by content, limited in size
 * ({@code casebridge.cooperation.attachment-max-bytes}, default 10 MB) and never served inline.
 */
@Stateless
@AuditedService
public class CooperationThreadService {

    private static final String REQUEST = CooperationAccess.REQUEST;
    public static final String ATTACHMENT = "cooperation_attachment";

    /** A file to attach: its name as the user's computer had it, and its bytes. */
    public record NewFile(String fileName, byte[] content) {
    }

    /** A file to download: its name, its content type (recognised at upload) and its bytes. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @Inject
    CooperationAccess access;

    @Inject
    CooperationRepository requests;

    @Inject
    CooperationNotices notices;

    @Inject
    UnitOfWork work;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "casebridge.cooperation.attachment-max-bytes", defaultValue = "10485760")
    long maxBytes;

    /** The largest attachment accepted, in bytes. */
    @NotAudited("a configuration value, no record")
    public long maxBytes() {
        return maxBytes;
    }

    public MessageView post(long requestId, String body) {
        return post(requestId, body, List.of());
    }

    /**
     * A message with files attached to it, in one transaction: a file refused (its kind, its size, its
     * name) saves neither the message nor any file.
     */
    public MessageView post(long requestId, String body, List<NewFile> files) {
        CooperationGrant g = access.requestFor(requestId, CooperationAction.WRITE);
        if (g.request().getStatus().isFinal()) {
            throw new DomainException("error.cooperation.threadClosed", g.request().getStatus());
        }
        CooperationMessage m = requests.add(new CooperationMessage(g.request(), g.username(), g.userCountry(), body,
                clock.instant()));
        notices.message(g.request(), g.user());
        List<CooperationAttachment> added = new ArrayList<>();
        if (!files.isEmpty()) {
            work.flush(); // an attachment refers to its message by id: the message row goes first
        }
        for (NewFile f : files) {
            added.add(requests.add(new CooperationAttachment(m, f.fileName(), f.content(), maxBytes), f.content()));
        }
        work.flush();
        audit.record(AuditEvent.of(AuditAction.CREATE, REQUEST, g.id(), g.country()).detail("message=" + m.getId()));
        added.forEach(a -> audited(g, a));
        return MessageView.of(m, added.stream().map(AttachmentView::of).toList());
    }

    /** Attaches a file to one of the caller's own messages on the request. */
    public AttachmentView attach(long requestId, long messageId, String fileName, byte[] content) {
        CooperationGrant g = access.requestFor(requestId, CooperationAction.WRITE);
        CooperationMessage m = requests.messages(requestId).stream().filter(x -> x.getId() == messageId).findFirst()
                .orElseThrow(() -> ValidationException.of("messageId", "error.cooperation.messageId"));
        if (!m.getAuthor().equals(g.username())) {
            throw ValidationException.of("messageId", "error.cooperation.messageId2");
        }
        CooperationAttachment a = requests.add(new CooperationAttachment(m, fileName, content, maxBytes), content);
        work.flush();
        audited(g, a);
        return AttachmentView.of(a);
    }

    private void audited(CooperationGrant g, CooperationAttachment a) {
        audit.record(AuditEvent.of(AuditAction.CREATE, ATTACHMENT, a.getId(), g.country())
                .detail("request=" + g.id() + " message=" + a.getMessageId() + " kind=" + a.getKind() + " bytes="
                        + a.getSizeBytes()));
    }

    /** An attachment of the request, for whoever may read it; audited with its id. */
    public Download download(long requestId, long attachmentId) {
        CooperationGrant g = access.requestFor(requestId, CooperationAction.READ);
        CooperationAttachment a = requests.attachment(attachmentId).filter(x -> x.getRequestId() == requestId)
                .orElseThrow(() -> access.missingAttachment(attachmentId, g));
        audit.record(AuditEvent.view(ATTACHMENT, a.getId(), g.country()).detail("request=" + g.id() + " download"));
        return new Download(a.getFileName(), a.getKind().contentType(), requests.content(a));
    }
}
