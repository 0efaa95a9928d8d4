package org.casebridge.interfaces.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.domain.model.shared.ConcurrentChangeException;
import org.casebridge.application.RecordNotFoundException;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.MessageText;

/** The one helper for Faces messages: bundle lookup and errors shown beside their fields. */
@ApplicationScoped
@jakarta.inject.Named
public class Messages {

    public static final String BUNDLE = "org.casebridge.interfaces.messages";

    public String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            return ResourceBundle.getBundle(BUNDLE, faces.getViewRoot() == null ? java.util.Locale.ENGLISH
                    : faces.getViewRoot().getLocale()).getString(key);
        } catch (MissingResourceException notAKey) {
            return key;
        }
    }

    /**
     * {@code key}'s text with {@code {0}} filled in, as pages need it for a confirmation naming a user or token:
     * a MessageFormat, so that a message with arguments writes an apostrophe as '' in every language.
     */
    public String format(String key, Object argument) {
        FacesContext faces = FacesContext.getCurrentInstance();
        java.util.Locale locale = faces == null || faces.getViewRoot() == null ? java.util.Locale.ENGLISH
                : faces.getViewRoot().getLocale();
        return new java.text.MessageFormat(text(key), locale).format(new Object[] {argument});
    }

    /** What a domain error says ({@code key} plus arguments) in the view's language. */
    public String text(Message message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return MessageText.text(message, faces == null || faces.getViewRoot() == null ? java.util.Locale.ENGLISH
                : faces.getViewRoot().getLocale());
    }

    public void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
    }

    /** An error for the component with client id {@code clientId} (or global when null). */
    public void error(String clientId, String keyOrText) {
        FacesContext.getCurrentInstance().addMessage(clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text(keyOrText), null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    /** An error (a key with its arguments) for the component with client id {@code clientId} (or global when null). */
    public void error(String clientId, Message message) {
        error(clientId, text(message));
    }

    /** Shows each field error beside its field: {@code fieldIds} maps domain field names to client ids. */
    public void show(ValidationException e, Map<String, String> fieldIds) {
        e.fieldErrors().forEach((field, message) -> error(fieldIds.get(field), message));
    }

    public void show(ConcurrentChangeException e) {
        error(null, e.text());
    }

    public void show(RecordNotFoundException e) {
        error(null, e.text());
    }

    /**
     * Runs one use case for a screen. When the service refuses it (bad input, a broken business rule, a
     * concurrent change, a record gone or out of reach) nothing was saved: shows why, beside the fields in {@code fieldIds}
     * where it can, marks the request failed so that a dialog stays open, and returns false.
     */
    public boolean attempt(Runnable useCase, Map<String, String> fieldIds) {
        try {
            useCase.run();
            return true;
        } catch (ValidationException e) {
            show(e, fieldIds);
        } catch (ConcurrentChangeException e) {
            error(null, "common.version.conflict");
        } catch (RecordNotFoundException e) {
            show(e);
        } catch (AccessDeniedException e) {
            error(null, "error.forbidden.text");
        } catch (DomainException e) {
            error(null, e.text());
        }
        return false;
    }
}
