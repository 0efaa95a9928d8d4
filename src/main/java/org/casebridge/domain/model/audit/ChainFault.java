package org.casebridge.domain.model.audit;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import org.casebridge.domain.model.shared.Message;

/**
 * Why a walk of the audit chain stopped: a bundle key for the screens and REST ({@code audit.chain.*}, the
 * reader's language) and the English sentence for the operators' command-line verifier and the server log,
 * which stay English. Arguments are sequence numbers only.
 */
public enum ChainFault {
    MISSING("audit.chain.missing", "entry missing (next stored entry is {0})"),
    OUT_OF_ORDER("audit.chain.outOfOrder", "entry out of order or duplicated (found {0})"),
    LINK("audit.chain.link", "previous-hash link does not match the entry before it"),
    HASH("audit.chain.hash", "entry hash does not match its content (changed or forged)"),
    CHANGED("audit.chain.changed", "entry content is not valid (changed)"),
    UNREADABLE("audit.chain.unreadable", "entry could not be read (a stored value no entry can hold)"),
    BAD_SIGNATURE("audit.chain.badSignature", "checkpoint {0} signature is not valid"),
    GENESIS("audit.chain.genesis", "checkpoint 0 does not match the start of the chain"),
    ENDS_BEFORE("audit.chain.endsBefore", "truncated after checkpoint {0}: the chain ends before it"),
    ENDS_AT("audit.chain.endsAt", "truncated after checkpoint {0}: the chain ends at sequence {1}"),
    MISMATCH("audit.chain.mismatch", "checkpoint {0} does not match the entry at that sequence"),
    HEAD_MISMATCH("audit.chain.headMismatch", "the head row (sequence {0}) does not match the chain''s last entry (sequence {1})");

    private final String key;
    private final String english;

    ChainFault(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** For the screens and REST, in the reader's language. */
    public Message message(long... sequences) {
        return Message.of(key, Arrays.stream(sequences).boxed().toArray());
    }

    /** For the command-line verifier and the log (operators read English). */
    public String english(long... sequences) {
        return new MessageFormat(english, Locale.ROOT).format(Arrays.stream(sequences).mapToObj(String::valueOf).toArray());
    }
}
