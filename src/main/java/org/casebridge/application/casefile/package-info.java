/**
 * Use cases of trafficking cases and the people in them: the access policy (CaseAccess, the only
 * place its rules are written), the use-case services split by what users do, and CaseChanges, the
 * skeleton of every change. Imports the domain; returns read models (view), never entities.
 */
package org.casebridge.application.casefile;
