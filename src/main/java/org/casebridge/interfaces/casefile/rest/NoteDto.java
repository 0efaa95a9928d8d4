package org.casebridge.interfaces.casefile.rest;

import java.time.Instant;
import org.casebridge.domain.model.casefile.CaseNote;

public record NoteDto(long id, String text, String author, Instant writtenAt) {

    static NoteDto of(CaseNote n) {
        return new NoteDto(n.getId(), n.getText(), n.getAuthor(), n.getWrittenAt());
    }
}
