package org.casebridge.domain.model.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;

/**
 * One message of a request's thread between the focal points of the two countries: a question, an
 * answer, a follow-up or a note. Refers to the request by id. Read by the other country when one of
 * its focal points or supervisors first opens the thread after it was written. Never changed or
 * deleted once written.
 */
@Entity
@Table(name = "cooperation_message")
public class CooperationMessage extends TrackedEntity {

    public static final int BODY_MAX = 10_000;

    @Id
    @SequenceGenerator(name = "cooperation_message_seq", sequenceName = "cooperation_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cooperation_message_seq")
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "author", nullable = false, length = 64, updatable = false)
    private String author;

    @Column(name = "author_country", nullable = false, length = 2, updatable = false)
    private String authorCountry;

    @Column(name = "body", nullable = false, length = BODY_MAX, updatable = false)
    private String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "read_by", length = 64)
    private String readBy;

    @Column(name = "read_at")
    private Instant readAt;

    protected CooperationMessage() {
    }

    /** A message of {@code author}, of one of the request's two countries, on the request's thread. */
    public CooperationMessage(CooperationRequest request, String author, String authorCountry, String body, Instant at) {
        if (!request.involves(authorCountry)) {
            throw new IllegalArgumentException("the author's country is not a side of the request");
        }
        String text = Text.multiLine(body, BODY_MAX, "body", "error.label.message");
        if (text == null) {
            throw ValidationException.of("body", "error.cooperation.body", BODY_MAX);
        }
        this.requestId = request.getId();
        this.author = author;
        this.authorCountry = authorCountry;
        this.body = text;
        this.writtenAt = at;
    }

    /** A user of {@code readerCountry} has the thread in front of them: the other side's message is read (once). */
    public boolean readBy(String reader, String readerCountry, Instant at) {
        if (readAt != null || authorCountry.equals(readerCountry)) {
            return false;
        }
        this.readBy = reader;
        this.readAt = at;
        return true;
    }

    public Long getId() {
        return id;
    }

    public long getRequestId() {
        return requestId;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorCountry() {
        return authorCountry;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getReadBy() {
        return readBy;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
