package org.casebridge.interfaces.cooperation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.casebridge.application.AccessDeniedException;
import org.casebridge.application.Caller;
import org.casebridge.application.cooperation.CooperationQueryService;
import org.casebridge.application.cooperation.view.RequestPage;
import org.casebridge.application.cooperation.view.RequestRow;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.cooperation.Deadline;
import org.casebridge.domain.model.cooperation.RequestQuery;
import org.casebridge.domain.model.cooperation.RequestQuery.Direction;
import org.casebridge.domain.model.cooperation.RequestStatus;
import org.casebridge.domain.model.cooperation.RequestType;
import org.casebridge.interfaces.casefile.web.CodeLists;
import org.casebridge.interfaces.shared.i18n.UserLocale;
import org.casebridge.interfaces.shared.web.Messages;

/**
 * The cooperation request list of the caller's country: the requests it sent (outgoing) or received
 * (incoming), newest first, as a focal point or a supervisor of that country sees them. Everything the
 * screen shows is in its address (direction, filters and the page's {@code after} token), so a list can
 * be bookmarked and Back from a request returns to the same filtered page. Paged in SQL by the service,
 * one step at a time (first page, next page).
 */
@Named
@RequestScoped
public class CooperationList {
    @Inject
    UserLocale userLocale;


    static final int ROWS = 25;
    private static final String OFFER_BACKGROUND = "cooperationList.offerBackground";

    @Inject
    CooperationQueryService queries;

    @Inject
    CountryNames countryNames;

    @Inject
    Caller caller;

    @Inject
    Messages messages;

    @Inject
    CodeLists codes;

    private String direction;
    private String status;
    private String counterpart;
    private String type;
    private boolean overdue;
    private String after;
    private RequestPage page;
    private boolean forbidden;

    /** Reads the page the address names; a caller who is not a focal point or supervisor gets "not allowed" (403, audited). */
    public void load() {
        Direction d = code(Direction.class, direction);
        RequestStatus s = code(RequestStatus.class, status);
        RequestType t = code(RequestType.class, type);
        status = s == null ? null : s.name();
        type = t == null ? null : t.name();
        counterpart = counterpart == null || !counterpart.matches("[A-Za-z]{2}") ? null : counterpart.toUpperCase(Locale.ROOT);
        Long afterId = after != null && after.matches("\\d{1,18}") ? Long.valueOf(after) : null;
        after = afterId == null ? null : after;
        direction = (d == null ? Direction.OUTGOING : d).name().toLowerCase(Locale.ROOT);
        RequestQuery query = new RequestQuery(d == null ? Direction.OUTGOING : d, s == null ? Set.of() : Set.of(s), counterpart,
                t == null ? Set.of() : Set.of(t), overdue, null);
        try {
            page = queries.list(query, afterId, ROWS);
        } catch (AccessDeniedException e) {
            forbidden = true;
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
        }
    }

    /**
     * After a download refused for its length: offer the list as a background export instead. Kept in the view (this
     * bean lives for one request), so that the offer's button is still there when it is clicked.
     */
    void offerBackground() {
        FacesContext.getCurrentInstance().getViewRoot().getViewMap().put(OFFER_BACKGROUND, Boolean.TRUE);
    }

    public boolean isOfferBackground() {
        return Boolean.TRUE.equals(FacesContext.getCurrentInstance().getViewRoot().getViewMap().get(OFFER_BACKGROUND));
    }

    /**
     * The list the address names, without its page: what "Download as Excel" downloads (the page's own
     * form posts the address's parameters back; a value that is not valid is left out, as the list does).
     */
    public RequestQuery shownQuery() {
        Direction d = quietCode(Direction.class, direction);
        RequestStatus s = quietCode(RequestStatus.class, status);
        RequestType t = quietCode(RequestType.class, type);
        String c = counterpart == null || !counterpart.matches("[A-Za-z]{2}") ? null : counterpart.toUpperCase(Locale.ROOT);
        return new RequestQuery(d == null ? Direction.OUTGOING : d, s == null ? Set.of() : Set.of(s), c,
                t == null ? Set.of() : Set.of(t), overdue, null);
    }

    private static <E extends Enum<E>> E quietCode(Class<E> kind, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(kind, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A code of the address, or null (with a message) when it is not one: the list is then shown without that filter. */
    private <E extends Enum<E>> E code(Class<E> kind, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(kind, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            messages.error(null, "cooperation.filter.unknown");
            return null;
        }
    }

    /** The Filter button: the same list with the chosen filters, from its first page, at an address of its own. */
    public String apply() {
        return "/cooperation/list?faces-redirect=true&" + query(direction, null);
    }

    /** The address of this list with {@code view} as direction, from the page after {@code afterToken} (first page when null). */
    public String link(String view, String afterToken) {
        return address() + query(view, afterToken);
    }

    /** This direction without filters. */
    public String getClearLink() {
        return address() + "direction=" + getView().name().toLowerCase(Locale.ROOT);
    }

    private static String address() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/cooperation/list.xhtml?";
    }

    private String query(String view, String afterToken) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("direction", view);
        params.put("status", status);
        params.put("counterpart", counterpart);
        params.put("type", type);
        params.put("overdue", overdue ? "true" : null);
        params.put("after", afterToken);
        return params.entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The other country of a row. */
    public String counterpartOf(RequestRow r) {
        return r.direction() == Direction.OUTGOING ? r.requestedCountry() : r.requestingCountry();
    }

    public boolean late(RequestRow r, String deadline) {
        return r.overdue().contains(Deadline.valueOf(deadline));
    }

    public String when(Instant at) {
        return userLocale.time(at);
    }

    /** The participating countries other than the caller's, for the counterpart filter. */
    public List<SelectItem> getCountries() {
        String own = caller.account().map(UserAccount::countryCode).orElse("");
        return countryNames.all().stream().filter(Country::isParticipating).filter(c -> !c.getCode().value().equals(own))
                .map(c -> new SelectItem(c.getCode().value(), c.getName())).toList();
    }

    public List<SelectItem> getStatuses() {
        return options(RequestStatus.values());
    }

    public List<SelectItem> getTypes() {
        return options(RequestType.values());
    }

    private List<SelectItem> options(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> new SelectItem(v.name(), codes.label(v))).toList();
    }

    public Direction getView() {
        return "incoming".equalsIgnoreCase(direction) ? Direction.INCOMING : Direction.OUTGOING;
    }

    public boolean isIncoming() {
        return getView() == Direction.INCOMING;
    }

    public boolean isFiltered() {
        return status != null || counterpart != null || type != null || overdue;
    }

    public List<RequestRow> getRows() {
        return page == null ? List.of() : page.items();
    }

    public RequestPage getPage() {
        return page;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    public String getDirection() {
        return direction;
    }

    public void setDirection(String direction) {
        this.direction = direction;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = blankToNull(status);
    }

    public String getCounterpart() {
        return counterpart;
    }

    public void setCounterpart(String counterpart) {
        this.counterpart = blankToNull(counterpart);
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = blankToNull(type);
    }

    public boolean isOverdue() {
        return overdue;
    }

    public void setOverdue(boolean overdue) {
        this.overdue = overdue;
    }

    /** The address's {@code overdue} parameter: "true" or nothing (anything else counts as nothing). */
    public String getOverdueFlag() {
        return overdue ? "true" : null;
    }

    public void setOverdueFlag(String flag) {
        this.overdue = "true".equalsIgnoreCase(flag == null ? null : flag.trim());
    }

    public String getAfter() {
        return after;
    }

    public void setAfter(String after) {
        this.after = after;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
