package org.casebridge.domain.model.account;

/** Turns a password into a salted, slow hash and checks a password against one. */
public interface PasswordHasher {

    String hash(String password);

    boolean verify(String password, String storedHash);

    /** True when the stored hash was made with weaker parameters than configured now. */
    boolean needsRehash(String storedHash);
}
