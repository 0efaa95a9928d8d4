package org.casebridge.interfaces.audit.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.ResourceBundle;
import org.casebridge.domain.model.audit.AuditAction;
import org.casebridge.domain.model.audit.AuditOutcome;
import org.casebridge.interfaces.shared.web.Messages;
import org.junit.jupiter.api.Test;

/** Every action, outcome and offered record type of the audit log has its words in the bundle. */
class AuditWordsTest {

    private final ResourceBundle bundle = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ENGLISH);

    @Test
    void everyActionOutcomeAndOfferedRecordTypeHasWords() {
        for (AuditAction a : AuditAction.values()) {
            assertTrue(bundle.containsKey("audit.action." + a.name()), a.name());
        }
        for (AuditOutcome o : AuditOutcome.values()) {
            assertTrue(bundle.containsKey("audit.outcome." + o.name()), o.name());
        }
        for (String t : AuditWords.RECORD_TYPES) {
            assertTrue(bundle.containsKey("audit.type." + t), t);
        }
    }

    @Test
    void aListsIdsAreCounted() {
        AuditWords words = new AuditWords();
        assertTrue(words.shownCount("4,8,15") == 3 && words.shownCount("4") == 1 && words.shownCount("") == 0
                && words.shownCount(null) == 0);
    }
}
