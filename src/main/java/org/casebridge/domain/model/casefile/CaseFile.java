package org.casebridge.domain.model.casefile;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casebridge.domain.model.account.Role;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.agency.Agency;
import org.casebridge.domain.model.agency.Country;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.SearchFolding;
import org.casebridge.domain.model.shared.Text;
import org.casebridge.domain.model.shared.TrackedEntity;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.RelationshipToTrafficker;
import org.casebridge.domain.model.victim.Victim;

/**
 * A trafficking case: opened by a caseworker of a government agency in one country, owned by that
 * agency, worked by an assigned caseworker and a team, and moved through the stages of the national
 * referral mechanism until it is closed (with a supervisor's approval where the country asks for
 * it). Holds the HTCDS description of what happened; victims and perpetrators are linked records.
 * Never deleted: voided with a reason.
 */
@Entity
@Table(name = "case_file")
public class CaseFile extends TrackedEntity {

    /** Days from recording (or identification, if later) to the first review, when the user gives no date. */
    public static final int FIRST_REVIEW_DAYS = 30;

    public static final int IDENTIFICATION_PLACE_MAX = 200;
    /** The folded place's column: folding can lengthen text (SearchFolding.fold). */
    public static final int IDENTIFICATION_PLACE_SEARCH_MAX = 4 * IDENTIFICATION_PLACE_MAX;
    public static final int CLOSURE_REASON_MAX = 2000;
    public static final int CLOSURE_COMMENT_MAX = 1000;
    /** A reopening's reason is kept as the review comment, after this prefix. */
    public static final String REOPENED = "Reopened: ";
    public static final int REOPEN_REASON_MAX = CLOSURE_COMMENT_MAX - REOPENED.length();
    public static final int VOID_REASON_MAX = 500;
    /** What happened, in the caseworker's words: as long as a note. */
    public static final int NARRATIVE_MAX = CaseNote.MAX;

    @Id
    @SequenceGenerator(name = "case_file_seq", sequenceName = "case_file_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_file_seq")
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true, length = 16, updatable = false)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id", nullable = false, updatable = false)
    private Country country;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "owning_agency_id", nullable = false)
    private Agency owningAgency;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assigned_to_id", nullable = false)
    private UserAccount assignedTo;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "case_team", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    private Set<UserAccount> team = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private CaseStatus status = CaseStatus.ACTIVE;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 30)
    private CaseStage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false, length = 10)
    private RiskLevel riskLevel;

    /** Risk as a number (LOW=1 .. CRITICAL=4) so that lists sort and filter by it in SQL. */
    @Column(name = "risk_rank", nullable = false)
    private int riskRank;

    @Column(name = "identification_date", nullable = false)
    private LocalDate identificationDate;

    @Column(name = "identification_place", length = IDENTIFICATION_PLACE_MAX)
    private String identificationPlace;

    /** The place folded for the case list's search (SearchFolding); never shown. */
    @Column(name = "identification_place_search", length = IDENTIFICATION_PLACE_SEARCH_MAX)
    private String identificationPlaceSearch;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "case_exploitation", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 40)
    private Set<ExploitationType> exploitationTypes = EnumSet.noneOf(ExploitationType.class);

    @Convert(converter = CodeSets.SexExploitationTypes.class)
    @Column(name = "sex_exploitation_types", length = 200)
    private Set<SexExploitationType> sexExploitationTypes = EnumSet.noneOf(SexExploitationType.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "forced_labour_industry", length = 2)
    private ForcedLabourIndustry forcedLabourIndustry;

    @Convert(converter = CodeSets.MethodsOfControl.class)
    @Column(name = "methods_of_control", length = 500)
    private Set<MethodOfControl> methodsOfControl = EnumSet.noneOf(MethodOfControl.class);

    @Convert(converter = CodeSets.MethodsOfRecruitment.class)
    @Column(name = "methods_of_recruitment", length = 400)
    private Set<MethodOfRecruitment> methodsOfRecruitment = EnumSet.noneOf(MethodOfRecruitment.class);

    @Convert(converter = CodeSets.WebsitesAndApps.class)
    @Column(name = "recruitment_apps", length = 300)
    private Set<WebsiteOrApp> recruitmentApps = EnumSet.noneOf(WebsiteOrApp.class);

    @Convert(converter = CodeSets.WebsitesAndApps.class)
    @Column(name = "exploitation_apps", length = 300)
    private Set<WebsiteOrApp> exploitationApps = EnumSet.noneOf(WebsiteOrApp.class);

    @Column(name = "narrative", length = NARRATIVE_MAX)
    private String narrative;

    @Column(name = "review_due")
    private LocalDate reviewDue;

    @Column(name = "closure_reason", length = CLOSURE_REASON_MAX)
    private String closureReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_requested_status", length = 20)
    private CaseStatus closureRequestedStatus;

    @Column(name = "closure_requested_by", length = 64)
    private String closureRequestedBy;

    @Column(name = "closure_requested_at")
    private Instant closureRequestedAt;

    @Column(name = "closure_review_comment", length = CLOSURE_COMMENT_MAX)
    private String closureReviewComment;

    @Column(name = "closure_reviewed_by", length = 64)
    private String closureReviewedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("date ASC, id ASC")
    private List<TraffickingEvent> events = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("writtenAt DESC, id DESC")
    private List<CaseNote> notes = new ArrayList<>();

    @OneToMany(mappedBy = "caseFile", cascade = CascadeType.ALL)
    @OrderBy("id ASC")
    private List<SupportPlan> supportPlans = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "case_victim", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "victim_id"))
    @OrderBy("id ASC")
    private List<Victim> victims = new ArrayList<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "case_perpetrator", joinColumns = @JoinColumn(name = "case_id"),
            inverseJoinColumns = @JoinColumn(name = "perpetrator_id"))
    @OrderBy("id ASC")
    private List<Perpetrator> perpetrators = new ArrayList<>();

    @Column(name = "voided", nullable = false)
    private boolean voided;

    @Column(name = "void_reason", length = VOID_REASON_MAX)
    private String voidReason;

    protected CaseFile() {
    }

    /** Opens a case owned by the caseworker's agency and assigned to them. */
    public CaseFile(CaseNumber number, UserAccount caseworker, CaseDetails details, LocalDate today) {
        Agency agency = caseworker.getAgency();
        if (agency.getCountry() == null || !caseworker.hasRole(Role.CASEWORKER)) {
            throw new DomainException("error.case.onlyACaseworkerOf");
        }
        if (!number.country().equals(agency.getCountry().getCode())) {
            throw new IllegalArgumentException("case number of another country");
        }
        this.number = number.value();
        this.country = agency.getCountry();
        this.owningAgency = agency;
        this.assignedTo = caseworker;
        describe(details, today);
    }

    /** Replaces the description after checking all of it; nothing is applied if one field is wrong. */
    public final void describe(CaseDetails d, LocalDate today) {
        requireOpen();
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(d.stage() != null, "stage", "error.case.stage");
        errors.check(d.riskLevel() != null, "riskLevel", "error.case.riskLevel");
        errors.check(d.identificationDate() != null, "identificationDate", "error.case.identificationDate");
        errors.check(d.identificationDate() == null || !d.identificationDate().isAfter(today), "identificationDate",
                "error.case.identificationDate2");
        String place = Text.oneLine(d.identificationPlace(), IDENTIFICATION_PLACE_MAX, "identificationPlace", "error.label.place", errors);
        errors.check(d.exploitationTypes() != null && !d.exploitationTypes().isEmpty(), "exploitationTypes",
                "error.case.exploitationTypes");
        boolean sexual = d.exploitationTypes() != null && d.exploitationTypes().contains(ExploitationType.SEXUAL_EXPLOITATION);
        errors.check(sexual || d.sexExploitationTypes() == null || d.sexExploitationTypes().isEmpty(), "sexExploitationTypes",
                "error.case.sexExploitationTypes");
        boolean labour = d.exploitationTypes() != null && (d.exploitationTypes().contains(ExploitationType.FORCED_LABOUR)
                || d.exploitationTypes().contains(ExploitationType.CHILD_LABOUR));
        errors.check(labour || d.forcedLabourIndustry() == null, "forcedLabourIndustry",
                "error.case.forcedLabourIndustry");
        errors.check(d.reviewDue() == null || d.identificationDate() == null || !d.reviewDue().isBefore(d.identificationDate()),
                "reviewDue", "error.case.reviewDue");
        errors.throwIfAny();
        this.stage = d.stage();
        this.riskLevel = d.riskLevel();
        this.riskRank = d.riskLevel().ordinal() + 1;
        this.identificationDate = d.identificationDate();
        this.identificationPlace = place;
        this.identificationPlaceSearch = SearchFolding.fold(place, IDENTIFICATION_PLACE_SEARCH_MAX);
        this.exploitationTypes = EnumSet.copyOf(d.exploitationTypes());
        this.sexExploitationTypes = copy(d.sexExploitationTypes(), SexExploitationType.class);
        this.forcedLabourIndustry = d.forcedLabourIndustry();
        this.methodsOfControl = copy(d.methodsOfControl(), MethodOfControl.class);
        this.methodsOfRecruitment = copy(d.methodsOfRecruitment(), MethodOfRecruitment.class);
        this.recruitmentApps = copy(d.recruitmentApps(), WebsiteOrApp.class);
        this.exploitationApps = copy(d.exploitationApps(), WebsiteOrApp.class);
        // The first review is due 30 days after the case is recorded (or identified, if later): a case entered
        // today about an identification months ago is not overdue the moment it is opened.
        this.reviewDue = d.reviewDue() != null ? d.reviewDue()
                : (d.identificationDate().isAfter(today) ? d.identificationDate() : today).plusDays(FIRST_REVIEW_DAYS);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }

    /** ACTIVE and FOLLOW_UP, either way; closing goes through {@link #requestClosure}. */
    public void changeStatus(CaseStatus target) {
        requireOpen();
        if (target == null) {
            throw new DomainException("error.case.chooseStatus");
        }
        if (target.isClosed() || !status.canBecome(target)) {
            throw new DomainException("error.case.statusChange", status, target);
        }
        status = target;
    }

    /**
     * Asks to close the case as CLOSED or CLOSED_REFERRED with a reason. Where the country needs a
     * supervisor's approval the request waits for it; otherwise the case closes at once.
     * Returns true when the case is now closed.
     */
    public boolean requestClosure(CaseStatus closedAs, String reason, boolean approvalNeeded, String by, Instant at) {
        requireOpen();
        ValidationException.Collector errors = new ValidationException.Collector();
        errors.check(closedAs != null && closedAs.isClosed(), "status", "error.case.status");
        String text = Text.requiredMultiLine(reason, CLOSURE_REASON_MAX, "closureReason", "error.label.closureReason", errors);
        errors.throwIfAny();
        if (isClosurePending()) {
            throw new DomainException("error.case.aClosureIsAlready");
        }
        closureReason = text;
        closureRequestedStatus = closedAs;
        closureRequestedBy = by;
        closureRequestedAt = at;
        closureReviewComment = null;
        closureReviewedBy = null;
        if (!approvalNeeded) {
            close(at);
            return true;
        }
        return false;
    }

    public void approveClosure(String supervisor, String comment, Instant at) {
        requirePending();
        String text = Text.multiLine(comment, CLOSURE_COMMENT_MAX, "comment", "error.label.comment");
        closureReviewedBy = supervisor;
        closureReviewComment = text;
        close(at);
    }

    public void rejectClosure(String supervisor, String comment) {
        requirePending();
        String text = Text.multiLine(comment, CLOSURE_COMMENT_MAX, "comment", "error.label.comment");
        if (text == null) {
            throw ValidationException.of("comment", "error.case.comment");
        }
        closureReviewedBy = supervisor;
        closureReviewComment = text;
        closureRequestedStatus = null;
    }

    /** A supervisor reopens a closed case; it becomes ACTIVE again and keeps its history. */
    public void reopen(String reason) {
        if (!status.isClosed()) {
            throw new DomainException("error.case.onlyAClosedCase");
        }
        String text = Text.multiLine(reason, REOPEN_REASON_MAX, "reason", "error.label.reason");
        if (text == null) {
            throw ValidationException.of("reason", "error.case.reason");
        }
        status = CaseStatus.ACTIVE;
        closureRequestedStatus = null;
        closedAt = null;
        closureReviewComment = REOPENED + text;
    }

    private void close(Instant at) {
        status = closureRequestedStatus;
        closureRequestedStatus = null;
        closedAt = at;
    }

    public boolean isClosurePending() {
        return closureRequestedStatus != null && !status.isClosed();
    }

    private void requirePending() {
        if (!isClosurePending()) {
            throw new DomainException("error.case.thereIsNoClosure");
        }
    }

    private void requireOpen() {
        if (status.isClosed()) {
            throw new DomainException("error.case.theCaseIsClosed");
        }
        if (voided) {
            throw new DomainException("error.case.theCaseIsVoided");
        }
    }

    /** Assigns the case to a caseworker of its country. */
    public void assignTo(UserAccount caseworker) {
        requireOpen();
        requireCaseworkerOfCountry(caseworker, "assignedTo");
        this.assignedTo = caseworker;
    }

    public void addToTeam(UserAccount caseworker) {
        requireOpen();
        requireCaseworkerOfCountry(caseworker, "team");
        team.add(caseworker);
    }

    public void removeFromTeam(UserAccount caseworker) {
        team.removeIf(u -> Objects.equals(u.getId(), caseworker.getId()));
    }

    private void requireCaseworkerOfCountry(UserAccount user, String field) {
        if (user == null || !user.isEnabled() || !user.hasRole(Role.CASEWORKER) || !user.getAgency().isIn(getCountryCode())) {
            throw ValidationException.of(field, "error.case.activeCaseworkerOf", getCountryCode().value());
        }
    }

    public TraffickingEvent addEvent(EventType type, CountryCode eventCountry, String place, LocalDate date, LocalDate today) {
        requireOpen();
        TraffickingEvent event = new TraffickingEvent(this, type, eventCountry, place, date, today);
        events.add(event);
        return event;
    }

    /** A note, like every other change, waits for a supervisor to reopen a closed case. */
    public CaseNote addNote(String text, String author, Instant at) {
        requireOpen();
        CaseNote note = new CaseNote(this, text, author, at);
        notes.add(note);
        return note;
    }

    public SupportPlan addSupportPlan(SupportPlanType type, String objectives, LocalDate plannedEnd, LocalDate today) {
        requireOpen();
        SupportPlan plan = new SupportPlan(this, type, objectives, plannedEnd, today);
        supportPlans.add(plan);
        return plan;
    }

    public void linkVictim(Victim victim) {
        requireOpen();
        if (victims.stream().noneMatch(v -> Objects.equals(v.getId(), victim.getId()) && v.getId() != null)) {
            victims.add(victim);
        }
    }

    public void linkPerpetrator(Perpetrator perpetrator) {
        requireOpen();
        perpetrators.add(perpetrator);
    }

    /**
     * Replaces the free-text account of what happened (blank clears it); true when it changed. Kept to
     * the limit of a note, never cut: a longer text is refused.
     */
    public boolean writeNarrative(String text) {
        requireOpen();
        String value = Text.multiLine(text, NARRATIVE_MAX, "narrative", "error.label.narrative");
        boolean changed = !Objects.equals(value, narrative);
        this.narrative = value;
        return changed;
    }

    /** One of the case's events, voided ones included. */
    public Optional<TraffickingEvent> event(long eventId) {
        return events.stream().filter(e -> Objects.equals(e.getId(), eventId)).findFirst();
    }

    /** One of the case's support plans, voided ones included. */
    public Optional<SupportPlan> supportPlan(long planId) {
        return supportPlans.stream().filter(p -> Objects.equals(p.getId(), planId)).findFirst();
    }

    /** One of the case's perpetrators, voided ones included. */
    public Optional<Perpetrator> perpetrator(long perpetratorId) {
        return perpetrators.stream().filter(p -> Objects.equals(p.getId(), perpetratorId)).findFirst();
    }

    public void reviseEvent(TraffickingEvent event, EventType type, CountryCode eventCountry, String place, LocalDate date,
            LocalDate today) {
        requireOpen();
        requireOwn(events.contains(event));
        event.revise(type, eventCountry, place, date, today);
    }

    public void reviseSupportPlan(SupportPlan plan, SupportPlanType type, String objectives, LocalDate plannedEnd,
            LocalDate actualEnd, LocalDate today) {
        requireOpen();
        requireOwn(supportPlans.contains(plan));
        plan.revise(type, objectives, plannedEnd, actualEnd, today);
    }

    public void revisePerpetrator(Perpetrator perpetrator, String name, Set<PerpetratorRole> roles,
            RelationshipToTrafficker relationship, String organisation) {
        requireOpen();
        requireOwn(perpetrators.contains(perpetrator));
        perpetrator.describe(name, roles, relationship, organisation);
    }

    /** Voids an event of the case with a reason: it stays, marked voided, for supervisors to see. */
    public void voidEvent(TraffickingEvent event, String reason, String by, Instant at) {
        requireOpen();
        requireOwn(events.contains(event));
        event.voidFor(reason, by, at);
    }

    public void voidSupportPlan(SupportPlan plan, String reason, String by, Instant at) {
        requireOpen();
        requireOwn(supportPlans.contains(plan));
        plan.voidFor(reason, by, at);
    }

    public void voidPerpetrator(Perpetrator perpetrator, String reason, String by, Instant at) {
        requireOpen();
        requireOwn(perpetrators.contains(perpetrator));
        perpetrator.voidFor(reason, by, at);
    }

    private static void requireOwn(boolean own) {
        if (!own) {
            throw new IllegalArgumentException("an entry of another case");
        }
    }

    public void voidCase(String reason) {
        String text = Text.multiLine(reason, VOID_REASON_MAX, "reason", "error.label.reason");
        if (text == null) {
            throw ValidationException.of("reason", "error.case.reason2");
        }
        this.voided = true;
        this.voidReason = text;
    }

    /** Open, past its review date. */
    public boolean isOverdueOn(LocalDate date) {
        return !status.isClosed() && reviewDue != null && date.isAfter(reviewDue);
    }

    public boolean isOwnedBy(Agency agency) {
        return Objects.equals(owningAgency.getId(), agency.getId());
    }

    public boolean hasOnTeam(UserAccount user) {
        return Objects.equals(assignedTo.getId(), user.getId()) || team.stream().anyMatch(u -> Objects.equals(u.getId(), user.getId()));
    }

    public Long getId() {
        return id;
    }

    public CaseNumber getNumber() {
        return new CaseNumber(number);
    }

    public Country getCountry() {
        return country;
    }

    public CountryCode getCountryCode() {
        return country.getCode();
    }

    public Agency getOwningAgency() {
        return owningAgency;
    }

    public UserAccount getAssignedTo() {
        return assignedTo;
    }

    public Set<UserAccount> getTeam() {
        return new LinkedHashSet<>(team);
    }

    public CaseStatus getStatus() {
        return status;
    }

    public CaseStage getStage() {
        return stage;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public LocalDate getIdentificationDate() {
        return identificationDate;
    }

    public String getIdentificationPlace() {
        return identificationPlace;
    }

    public Set<ExploitationType> getExploitationTypes() {
        return copy(exploitationTypes, ExploitationType.class);
    }

    public Set<SexExploitationType> getSexExploitationTypes() {
        return copy(sexExploitationTypes, SexExploitationType.class);
    }

    public ForcedLabourIndustry getForcedLabourIndustry() {
        return forcedLabourIndustry;
    }

    public Set<MethodOfControl> getMethodsOfControl() {
        return copy(methodsOfControl, MethodOfControl.class);
    }

    public Set<MethodOfRecruitment> getMethodsOfRecruitment() {
        return copy(methodsOfRecruitment, MethodOfRecruitment.class);
    }

    public Set<WebsiteOrApp> getRecruitmentApps() {
        return copy(recruitmentApps, WebsiteOrApp.class);
    }

    public Set<WebsiteOrApp> getExploitationApps() {
        return copy(exploitationApps, WebsiteOrApp.class);
    }

    public String getNarrative() {
        return narrative;
    }

    public LocalDate getReviewDue() {
        return reviewDue;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public CaseStatus getClosureRequestedStatus() {
        return closureRequestedStatus;
    }

    public String getClosureRequestedBy() {
        return closureRequestedBy;
    }

    public Instant getClosureRequestedAt() {
        return closureRequestedAt;
    }

    public String getClosureReviewComment() {
        return closureReviewComment;
    }

    public String getClosureReviewedBy() {
        return closureReviewedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<TraffickingEvent> getEvents() {
        return events.stream().filter(e -> !e.isVoided()).toList();
    }

    public List<CaseNote> getNotes() {
        return notes.stream().filter(n -> !n.isVoided()).toList();
    }

    public List<SupportPlan> getSupportPlans() {
        return supportPlans.stream().filter(p -> !p.isVoided()).toList();
    }

    public List<Victim> getVictims() {
        return victims.stream().filter(v -> !v.isVoided()).toList();
    }

    public List<Perpetrator> getPerpetrators() {
        return perpetrators.stream().filter(p -> !p.isVoided()).toList();
    }

    /** Events, voided ones included (for supervisors and the history). */
    public List<TraffickingEvent> getAllEvents() {
        return List.copyOf(events);
    }

    /** Support plans, voided ones included (for supervisors and the history). */
    public List<SupportPlan> getAllSupportPlans() {
        return List.copyOf(supportPlans);
    }

    /** Perpetrators, voided ones included (for supervisors and the history). */
    public List<Perpetrator> getAllPerpetrators() {
        return List.copyOf(perpetrators);
    }

    public boolean isVoided() {
        return voided;
    }

    public String getVoidReason() {
        return voidReason;
    }
}
