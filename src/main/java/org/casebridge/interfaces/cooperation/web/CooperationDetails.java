package org.casebridge.interfaces.cooperation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.casebridge.application.casefile.CaseQueryService;
import org.casebridge.application.casefile.view.CaseRow;
import org.casebridge.application.cooperation.CooperationAnswerService;
import org.casebridge.application.cooperation.CooperationQueryService;
import org.casebridge.application.cooperation.CooperationRights;
import org.casebridge.application.cooperation.CooperationSendingService;
import org.casebridge.application.cooperation.view.RequestSheet;
import org.casebridge.domain.model.casefile.CaseQuery;
import org.casebridge.domain.model.casefile.CaseSort;
import org.casebridge.domain.model.cooperation.RequestStatus;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Messages;
import org.casebridge.interfaces.shared.web.RecordPages;
import org.primefaces.PrimeFaces;

/**
 * One cooperation request as the caller's side sees it: the request sheet, the frozen extract, the
 * thread (see {@link CooperationThread}) and the actions the caller's rights allow now. Every change
 * sends the version last read, so a change made meanwhile by someone else is refused and said so in
 * the dialog. A request the caller may not see answers exactly like one that does not exist (404),
 * audited by the service.
 */
@Named
@ViewScoped
public class CooperationDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserLocale userLocale;

    /** The actions that take a text; one dialog serves them all. Bundle keys: {@code cooperation.action.<NAME>[.field|.confirm|.done]}. */
    public enum TextAction { ANSWER, REFUSE, WITHDRAW, DISCARD, FOLLOW_UP, SHARING_BASIS }

    @Inject
    CooperationQueryService queries;

    @Inject
    CooperationSendingService sending;

    @Inject
    CooperationAnswerService answers;

    @Inject
    CaseQueryService cases;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    private String idParam;
    private Long id;
    private int refusal;
    /** The request shown; transient, read again after a fail-over ({@link #restore}). */
    private transient RequestSheet sheet;
    private TextAction action;
    private String text;
    private String caseNumber;

    public void load() {
        id = RecordPages.id(idParam);
        sheet = null;
        refusal = id == null ? RecordPages.refuse(404) : RecordPages.read(() -> sheet = queries.read(id));
    }

    public void restore() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            sheet();
        }
    }

    /**
     * A view restored on another cluster member (after a fail-over, or behind a balancer without stickiness)
     * has lost its transient record: it is read again at the first use, which on a postback is the
     * {@code rendered} check of the form posted. Only after {@link #load} found it, so a refusal stays.
     */
    private RequestSheet sheet() {
        if (sheet == null && refusal == 0 && id != null) {
            load();
        }
        return sheet;
    }

    /** Runs a change; on success shows the request as it is now, closes the dialog and says so. */
    boolean change(Supplier<RequestSheet> useCase, Map<String, String> fieldIds, String dialog, String messageKey) {
        RequestSheet[] changed = new RequestSheet[1];
        if (!messages.attempt(() -> changed[0] = useCase.get(), fieldIds)) {
            return false;
        }
        sheet = changed[0];
        if (dialog != null) {
            dialogs.hide(dialog);
        }
        messages.info(messageKey);
        PrimeFaces.current().ajax().update("growl", "request", "thread");
        return true;
    }

    public void acknowledge() {
        long v = sheet().version();
        change(() -> answers.acknowledge(id, v), Map.of(), null, "cooperation.acknowledged");
    }

    public void close() {
        long v = sheet().version();
        change(() -> sending.close(id, v), Map.of(), null, "cooperation.closed");
    }

    public void send() {
        long v = sheet().version();
        change(() -> sending.send(id, v), Map.of(), null, "cooperation.sent");
    }

    public void startText(TextAction a) {
        action = a;
        text = null;
        dialogs.show("textDialog");
    }

    public void saveText() {
        long v = sheet().version();
        String t = text;
        Supplier<RequestSheet> useCase = switch (action) {
            case ANSWER -> () -> answers.answer(id, v, t);
            case REFUSE -> () -> answers.refuse(id, v, t);
            case WITHDRAW -> () -> sending.withdraw(id, v, t);
            case DISCARD -> () -> sending.discard(id, v, t);
            case FOLLOW_UP -> () -> sending.followUp(id, v, t);
            case SHARING_BASIS -> () -> sending.recordSharingBasis(id, v, t);
        };
        Map<String, String> field = Map.of("reason", "text:value", "body", "text:value", "sharingBasis", "text:value");
        change(useCase, field, "textDialog", "cooperation.action." + action + ".done");
    }

    public void startLink() {
        caseNumber = null;
        dialogs.show("linkDialog");
    }

    /** Links the request to the case of the caller's country with the number typed, if the caller may read it. */
    public void link() {
        long v = sheet().version();
        String number = caseNumber == null ? "" : caseNumber.trim();
        change(() -> {
            CaseQuery q = new CaseQuery(null, number, null, null, null, null, null, null, null, null, false,
                    CaseSort.IDENTIFIED, false);
            long caseId = number.isEmpty() ? -1 : cases.list(q, null, 0, 5).items().stream()
                    .filter(r -> r.number().equalsIgnoreCase(number)).mapToLong(CaseRow::id).findFirst().orElse(-1);
            if (caseId < 0) {
                throw ValidationException.of("caseId", "cooperation.link.none");
            }
            return answers.linkCase(id, v, caseId);
        }, Map.of("caseId", "link:number", "numberPrefix", "link:number"), "linkDialog", "cooperation.linked");
    }

    public String when(Instant at) {
        return userLocale.time(at);
    }

    public String at(Instant at) {
        return when(at);
    }

    private boolean may(boolean right, RequestStatus... statuses) {
        return sheet() != null && right && java.util.Arrays.asList(statuses).contains(sheet().status());
    }

    private CooperationRights rights() {
        return sheet() == null ? CooperationRights.NONE : sheet().allowed();
    }

    public boolean isAcknowledgeable() {
        return may(rights().respond(), RequestStatus.SENT);
    }

    public boolean isAnswerable() {
        return may(rights().respond(), RequestStatus.ACKNOWLEDGED);
    }

    public boolean isRefusable() {
        return may(rights().respond(), RequestStatus.SENT, RequestStatus.ACKNOWLEDGED);
    }

    public boolean isLinkable() {
        return may(rights().respond(), RequestStatus.SENT, RequestStatus.ACKNOWLEDGED, RequestStatus.ANSWERED);
    }

    public boolean isWithdrawable() {
        return may(rights().request(), RequestStatus.SENT, RequestStatus.ACKNOWLEDGED);
    }

    public boolean isClosable() {
        return may(rights().request(), RequestStatus.ANSWERED);
    }

    public boolean isDraft() {
        return may(rights().request(), RequestStatus.DRAFT);
    }

    /** Whether the caller may write on the thread now: sent, not final. */
    public boolean isWritable() {
        return sheet() != null && rights().write() && !sheet().status().isFinal();
    }

    /** Whether the deadline {@code name} (ACKNOWLEDGEMENT, ANSWER) has passed. */
    public boolean overdue(String name) {
        return sheet() != null && sheet().overdue().stream().anyMatch(d -> d.name().equals(name));
    }

    public RequestSheet getSheet() {
        return sheet();
    }

    public Long getId() {
        return id;
    }

    public boolean isNotFound() {
        return sheet() == null;
    }

    public boolean isForbidden() {
        return refusal == 403;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    /** The bundle key of the text dialog's action (its labels add .help, .field, .confirm). */
    public String getActionKey() {
        return "cooperation.action." + (action == null ? TextAction.ANSWER : action).name();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    /** After a message was posted: the request read again, with its thread. */
    void reread() {
        sheet = queries.read(id);
    }
}
