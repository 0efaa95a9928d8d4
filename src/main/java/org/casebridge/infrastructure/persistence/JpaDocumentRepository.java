package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.casebridge.domain.model.document.CaseDocument;
import org.casebridge.domain.model.document.DocumentContent;
import org.casebridge.domain.model.document.DocumentRepository;

/** Documents in {@code case_document}, their bytes in {@code case_document_content} (read only for a download). */
@ApplicationScoped
public class JpaDocumentRepository implements DocumentRepository {

    @PersistenceContext(unitName = "casebridge")
    EntityManager em;

    @Override
    public CaseDocument add(CaseDocument document, byte[] content) {
        em.persist(document);
        em.flush();
        em.persist(new DocumentContent(document, content));
        return document;
    }

    @Override
    public Optional<CaseDocument> find(long id) {
        return Optional.ofNullable(em.find(CaseDocument.class, id));
    }

    @Override
    public List<CaseDocument> ofCase(long caseId) {
        return em.createQuery("select d from CaseDocument d where d.caseId = :c order by d.id", CaseDocument.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CaseDocument> ofVictim(long victimId) {
        return em.createQuery("select d from CaseDocument d where d.victimId = :v order by d.id", CaseDocument.class)
                .setParameter("v", victimId).getResultList();
    }

    @Override
    public List<Long> idsOf(long caseId, Collection<Long> victimIds) {
        if (victimIds.isEmpty()) {
            return em.createQuery("select d.id from CaseDocument d where d.caseId = :c", Long.class)
                    .setParameter("c", caseId).getResultList();
        }
        return em.createQuery("select d.id from CaseDocument d where d.caseId = :c or d.victimId in :v", Long.class)
                .setParameter("c", caseId).setParameter("v", List.copyOf(victimIds)).getResultList();
    }

    @Override
    public byte[] content(CaseDocument document) {
        return em.find(DocumentContent.class, document.getId()).getContent();
    }
}
