package org.casebridge.infrastructure.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.h2.util.JdbcUtils;
import org.h2.util.Utils;

/**
 * Lets H2 load the append-only trigger of the audit tables in any thread. H2 loads a trigger's class
 * by name in the thread that runs the statement, and threads H2 starts itself (the TCP server that
 * serves other processes attached to an embedded database with AUTO_SERVER, as the command-line
 * verifier and the tests do) cannot see the application's classes: re-creating the trigger over such
 * a connection would fail. Only this one class name is served, and only while CaseBridge is deployed.
 */
@Startup
@Singleton
public class H2TriggerClasses {

    private final Utils.ClassFactory factory = new Utils.ClassFactory() {
        @Override
        public boolean match(String name) {
            return AppendOnlyTrigger.class.getName().equals(name);
        }

        @Override
        public Class<?> loadClass(String name) {
            return AppendOnlyTrigger.class;
        }
    };

    @PostConstruct
    void register() {
        JdbcUtils.addClassFactory(factory);
    }

    @PreDestroy
    void unregister() {
        JdbcUtils.removeClassFactory(factory);
    }
}
