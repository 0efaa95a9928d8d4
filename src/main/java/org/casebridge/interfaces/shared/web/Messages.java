package org.casebridge.interfaces.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.Map;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.domain.model.shared.ConcurrentChangeException;
import org.casebridge.application.RecordNotFoundException;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.i18n.Texts;

/** The one helper for Faces messages: bundle lookup and errors shown beside their fields. */
@ApplicationScoped
@jakarta.inject.Named
public class Messages {

    public static final String BUNDLE = Texts.BUNDLE;

    /** The text of {@code key} in the view's language (a text that is no key is shown as it is). */
    public String text(String key) {
        return Texts.text(locale(), key);
    }

    /** The text of {@code key} in the view's language, its placeholders filled with {@code args} in that language's formats. */
    public String text(String key, Object... args) {
        return Texts.text(locale(), key, args);
    }

    /** The language of the view being processed (English outside a view). */
    public Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    /**
     * {@code key}'s text with {@code {0}} filled in, as pages need it for a confirmation naming a user or token:
     * a MessageFormat, so that a message with arguments writes an apostrophe as '' in every language.
     */
    public String format(String key, Object argument) {
        return Texts.text(locale(), key, argument);
    }

    /** What a domain error says ({@code key} plus arguments) in the view's language. */
    public String text(Message message) {
        return Texts.text(locale(), message);
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
