package org.casebridge.application.casefile;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casebridge.application.Caller;
import org.casebridge.domain.model.account.AccountRepository;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.account.Username;

/**
 * For container tests only (deployed only with the tests that add it): the caller is whoever the
 * test acts as, read from the database on every call like the real {@link Caller}, so that one test
 * method can call the real services and access policy as several users in turn.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@RequestScoped
public class ActingCaller extends Caller {

    private static final ThreadLocal<String> AS = new ThreadLocal<>();

    @Inject
    AccountRepository repository;

    /** Runs {@code call} as {@code username}. */
    public static <T> T as(String username, Callable<T> call) throws Exception {
        String before = AS.get();
        AS.set(username);
        try {
            return call.call();
        } finally {
            AS.set(before);
        }
    }

    @Override
    public Optional<UserAccount> account() {
        String username = AS.get();
        return username == null ? Optional.empty()
                : repository.findByUsername(new Username(username)).filter(UserAccount::isEnabled);
    }
}
