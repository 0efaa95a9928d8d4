package org.casebridge.domain.model.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Documents of cases and victims; their bytes are read only through {@link #content}. */
public interface DocumentRepository {

    /** Stores the document and its bytes (the document is flushed first: the bytes refer to its id). */
    CaseDocument add(CaseDocument document, byte[] content);

    Optional<CaseDocument> find(long id);

    /** A case's documents, voided ones included, oldest first. */
    List<CaseDocument> ofCase(long caseId);

    /** A victim's documents, voided ones included, oldest first. */
    List<CaseDocument> ofVictim(long victimId);

    /** The ids of the documents of a case and of the given victims, voided ones included (for the case's history). */
    List<Long> idsOf(long caseId, Collection<Long> victimIds);

    byte[] content(CaseDocument document);
}
