package org.casebridge.infrastructure.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.cooperation.ExtractField;
import org.casebridge.domain.model.cooperation.Priority;
import org.casebridge.domain.model.cooperation.RequestReference;
import org.casebridge.domain.model.cooperation.RequestStatus;
import org.casebridge.domain.model.cooperation.RequestType;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;

/**
 * The generator's cross-border cooperation requests, written with the case they are about: about 0.28
 * per case (none for 78 % of the cases, up to three), from the case's country to a neighbour or a country
 * of a main migration corridor (Haiti and the Dominican Republic, Jamaica and The Bahamas, Cuba and
 * Jamaica, Guyana and Trinidad and Tobago, …), sent by the country's focal point. The status follows the
 * time since sending: recent requests SENT or ACKNOWLEDGED, older ones mostly CLOSED, some REFUSED or
 * WITHDRAWN, a few left SENT or ACKNOWLEDGED past their deadlines (overdue, and escalated once as the
 * deadline sweep would), 3 % drafts. Deadlines are {@code CooperationDeadlines}' defaults; references are
 * taken from blocks reserved in {@code cooperation_reference_counter} before any row is written.
 *
 * <p>Which requests a case has (how many, when written, when sent) comes from a random stream of its
 * own ({@link #random}), so that the references can be counted before the cases are written
 * ({@link #plan}) and the rest of the generation draws as it did before requests existed.
 */
final class SyntheticRequests implements AutoCloseable {

    static final String LEGAL_BASIS = "Generated legal basis: mutual assistance between participating governments"
            + " (synthetic test data).";
    static final String PURPOSE = "Generated purpose of the request (synthetic test data).";
    static final String SHARING_BASIS = "Generated legal basis for sharing without consent (synthetic test data).";
    static final String REFUSE_REASON = "Generated: outside the requested authority's competence (synthetic test data).";
    static final String WITHDRAW_REASON = "Generated: no longer needed (synthetic test data).";
    static final String MESSAGE = "Generated message: synthetic test data, about no real person.";
    static final String ANSWER = "Generated answer: synthetic test data, about no real person.";
    static final String FOLLOW_UP = "Generated follow-up question: synthetic test data.";

    /** The deadline sweep looks at most this often; an escalation follows its deadline within it. */
    static final int SWEEP_SECONDS = 600;

    /**
     * Where each country's requests go, with relative weights: neighbours and the main migration
     * corridors. A country not listed, or whose partners do not participate, asks any other
     * participating country by its case weight.
     */
    private static final Map<String, String> CORRIDORS = Map.ofEntries(
            Map.entry("AG", "KN:30 DM:20 JM:15 DO:15"),
            Map.entry("AI", "KN:30 AG:30 DO:20"),
            Map.entry("AW", "CW:35 DO:25 JM:10 TT:5"),
            Map.entry("BB", "TT:30 GY:25 LC:15 VC:15 JM:10"),
            Map.entry("BS", "HT:30 JM:30 TC:15 CU:15 DO:5"),
            Map.entry("BZ", "JM:30 TT:10 BS:10 DO:10"),
            Map.entry("CU", "JM:30 BS:25 DO:20 HT:10"),
            Map.entry("CW", "AW:30 DO:25 SR:15 JM:10"),
            Map.entry("DM", "LC:25 AG:20 DO:20 BB:15"),
            Map.entry("DO", "HT:50 JM:10 CU:8 AW:5 CW:5 TT:5 BS:5"),
            Map.entry("GD", "TT:40 VC:20 BB:15 JM:10"),
            Map.entry("GY", "TT:40 SR:25 BB:10 JM:10"),
            Map.entry("HT", "DO:50 BS:20 TC:15 JM:10"),
            Map.entry("JM", "BS:25 TT:15 CU:15 HT:15 KY:10 DO:10"),
            Map.entry("KN", "AG:40 JM:15 DO:15"),
            Map.entry("KY", "JM:60 CU:20 HT:10"),
            Map.entry("LC", "BB:25 TT:20 VC:20 DM:15 JM:10"),
            Map.entry("SR", "GY:50 TT:15 CW:10 AW:5"),
            Map.entry("TC", "HT:50 BS:30 DO:10 JM:10"),
            Map.entry("TT", "GY:30 JM:15 VC:10 GD:10 BB:10 DO:5"),
            Map.entry("VC", "TT:30 BB:25 LC:20 GD:15"));

    /** One request as planned before anything is written: enough to count the references it needs. */
    record Planned(LocalDate created, LocalDate sent) {
        boolean draft() {
            return sent == null;
        }
    }

    /** What the extract may copy from the case (code lists as the application freezes them: names, in enum order). */
    record CaseFacts(long caseId, String requestingCountry, String number, LocalDate opened, LocalDate identified,
            String place, String exploitation, String controlAndRecruitment, String worker) {
    }

    private final CaseGenerator generator;
    private final List<String> participating;
    private final Map<String, Double> weights;
    private final Map<String, String> focalPoints;
    private final Map<String, int[]> references;
    private final OffsetDateTime now;
    private final PreparedStatement request;
    private final PreparedStatement message;

    int requests;
    int messages;
    int overdue;
    final Map<RequestStatus, Integer> byStatus = new EnumMap<>(RequestStatus.class);

    SyntheticRequests(Connection db, CaseGenerator generator, List<String> participating, Map<String, Double> weights,
            Map<String, String> focalPoints, Map<String, int[]> references, OffsetDateTime now) throws SQLException {
        this.generator = generator;
        this.participating = participating;
        this.weights = weights;
        this.focalPoints = focalPoints;
        this.references = references;
        this.now = now;
        this.request = db.prepareStatement("insert into cooperation_request (id, reference, case_id, requesting_country,"
                + " requested_country, author, request_type, priority, legal_basis, purpose, extract_fields, extract_victim_id,"
                + " extract_case_number, extract_identified_on, extract_identification_place, extract_exploitation,"
                + " extract_control_recruitment, extract_perpetrators, extract_given_name, extract_family_name, extract_alias,"
                + " extract_gender, extract_birth_date, extract_estimated_age, extract_citizenships, extract_languages,"
                + " sharing_basis, sharing_basis_by, status, sent_by, sent_at, acknowledge_by, answer_by, answer_within_minutes,"
                + " acknowledged_by, acknowledged_at, answered_by, first_answered_at, answered_at, follow_ups, ended_by, ended_at,"
                + " end_reason, linked_case_id, acknowledgement_escalated_at, answer_escalated_at, voided, version, created_by,"
                + " created_at, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null,"
                + " null, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, false, ?, ?, ?, ?, ?)");
        this.message = db.prepareStatement("insert into cooperation_message (id, request_id, author, author_country, body,"
                + " written_at, read_by, read_at, version, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)");
    }

    /** The random stream of the requests of the case at {@code caseIndex} in the plan. */
    static SplittableRandom random(long seed, int caseIndex) {
        return new SplittableRandom(seed * 1_000_003L + caseIndex);
    }

    /** The requests of a case opened on {@code opened}: written within weeks, most sent the same day. Draws from {@code r} first. */
    static List<Planned> plan(SplittableRandom r, LocalDate opened, LocalDate today) {
        int u = r.nextInt(1000);
        int count = u < 780 ? 0 : u < 950 ? 1 : u < 990 ? 2 : 3;
        List<Planned> list = new ArrayList<>(count);
        long span = Math.max(0, today.toEpochDay() - opened.toEpochDay());
        for (int k = 0; k < count; k++) {
            LocalDate created = opened.plusDays(Math.min(span, (long) (-25 * Math.log(1 - r.nextDouble()))));
            boolean draft = r.nextInt(100) < 3;
            long left = today.toEpochDay() - created.toEpochDay();
            LocalDate sent = draft ? null : created.plusDays(Math.min(left, r.nextInt(100) < 70 ? 0 : 1 + r.nextInt(5)));
            list.add(new Planned(created, sent));
        }
        list.sort(Comparator.comparing(Planned::created));
        return list;
    }

    /** Acknowledge and answer times as {@code CooperationDeadlines}' defaults (urgent 24 h and 7 days, normal 72 h and 30 days). */
    static Duration acknowledgeWithin(Priority p) {
        return Duration.ofHours(p == Priority.URGENT ? 24 : 72);
    }

    static Duration answerWithin(Priority p) {
        return Duration.ofDays(p == Priority.URGENT ? 7 : 30);
    }

    /** Writes the planned requests of one case (with {@code r} as {@link #plan} left it), adding consents to its victims where needed. */
    void write(SplittableRandom r, List<Planned> planned, CaseFacts c, List<CaseGenerator.GenVictim> victims)
            throws SQLException {
        for (Planned p : planned) {
            // mostly about the case's first victim
            writeOne(r, p, c, victims.get(victims.size() > 1 && r.nextInt(4) == 0 ? r.nextInt(victims.size()) : 0));
        }
    }

    /** A request as it stands now, before it is written. */
    private static final class Req {
        RequestType type;
        Priority priority;
        RequestStatus status;
        OffsetDateTime createdAt;
        OffsetDateTime sentAt;
        OffsetDateTime acknowledgeBy;
        OffsetDateTime answerBy;
        OffsetDateTime acknowledgedAt;
        OffsetDateTime firstAnsweredAt;
        OffsetDateTime answeredAt;
        OffsetDateTime followUpAt;
        OffsetDateTime endedAt;
        OffsetDateTime ackEscalatedAt;
        OffsetDateTime answerEscalatedAt;
        int version = 1;
    }

    private void writeOne(SplittableRandom r, Planned p, CaseFacts c, CaseGenerator.GenVictim victim) throws SQLException {
        String own = c.requestingCountry();
        String other = counterpart(r, own);
        if (other == null) {
            return;
        }
        String author = focalPoints.get(own);
        String answerer = focalPoints.get(other);
        Req q = new Req();
        q.type = CaseGenerator.pick(r, RequestType.values(), 22, 15, 14, 18, 8, 10, 13);
        q.priority = r.nextInt(100) < 20 ? Priority.URGENT : Priority.NORMAL;
        q.createdAt = at(r, p.created());
        LocalDate taken = p.draft() ? p.created() : p.sent();
        EnumSet<ExtractField> fields = fields(r, q.type);
        boolean victimData = fields.stream().anyMatch(ExtractField::victimData);
        String sharingBasis = null;
        if (p.draft()) {
            q.status = RequestStatus.DRAFT;
        } else {
            q.sentAt = p.sent().equals(p.created()) ? notAfterNow(q.createdAt.plusSeconds(r.nextInt(3600))) : at(r, p.sent());
            q.status = status(r, ChronoUnit.DAYS.between(q.sentAt, now));
            timeline(r, q);
            if (victimData && victim.consents().stream().noneMatch(k -> k.covers(ConsentPurpose.CROSS_BORDER_SHARING, null, other,
                    p.sent()))) {
                if (r.nextInt(100) < 75) {
                    LocalDate given = p.sent().minusDays(Math.min(r.nextInt(4), Math.max(0, p.sent().toEpochDay()
                            - c.opened().toEpochDay())));
                    victim.consents().add(new CaseGenerator.GenConsent(victim.id(), ConsentPurpose.CROSS_BORDER_SHARING,
                            ConsentScope.COUNTRY, other, given, r.nextBoolean() ? given.plusYears(1) : null, c.worker()));
                } else {
                    sharingBasis = SHARING_BASIS;
                }
            }
        }
        String reference = null;
        if (q.sentAt != null) {
            int year = p.sent().getYear();
            reference = RequestReference.of(new CountryCode(own), year, references.get(own + "-" + year)[0]++).value();
        }

        PreparedStatement s = request;
        int i = 1;
        long id = generator.id("cooperation_request_seq");
        s.setLong(i++, id);
        CaseGenerator.str(s, i++, reference);
        s.setLong(i++, c.caseId());
        s.setString(i++, own);
        s.setString(i++, other);
        s.setString(i++, author);
        s.setString(i++, q.type.name());
        s.setString(i++, q.priority.name());
        s.setString(i++, LEGAL_BASIS);
        s.setString(i++, PURPOSE);
        s.setString(i++, CaseGenerator.names(fields));
        if (victimData) {
            s.setLong(i++, victim.id());
        } else {
            s.setNull(i++, Types.BIGINT);
        }
        CaseGenerator.str(s, i++, fields.contains(ExtractField.CASE_NUMBER) ? c.number() : null);
        boolean identification = fields.contains(ExtractField.IDENTIFICATION);
        s.setObject(i++, identification ? c.identified() : null, Types.DATE);
        CaseGenerator.str(s, i++, identification ? c.place() : null);
        CaseGenerator.str(s, i++, fields.contains(ExtractField.EXPLOITATION) ? c.exploitation() : null);
        CaseGenerator.str(s, i++, fields.contains(ExtractField.CONTROL_AND_RECRUITMENT) ? c.controlAndRecruitment() : null);
        // generated cases have no perpetrators and generated victims no names: those stay empty even when chosen
        CaseGenerator.str(s, i++, fields.contains(ExtractField.VICTIM_NAMES) ? victim.alias() : null);
        CaseGenerator.str(s, i++, fields.contains(ExtractField.VICTIM_GENDER) ? victim.gender().name() : null);
        boolean birth = fields.contains(ExtractField.VICTIM_BIRTH);
        s.setObject(i++, birth ? victim.birthDate() : null, Types.DATE);
        Integer age = birth && victim.birthDate() == null ? victim.ageOn(taken) : null;
        if (age == null) {
            s.setNull(i++, Types.INTEGER);
        } else {
            s.setInt(i++, age);
        }
        CaseGenerator.str(s, i++, fields.contains(ExtractField.VICTIM_CITIZENSHIPS) ? victim.citizenship() : null);
        CaseGenerator.str(s, i++, fields.contains(ExtractField.VICTIM_LANGUAGES) ? victim.languages() : null);
        CaseGenerator.str(s, i++, sharingBasis);
        CaseGenerator.str(s, i++, sharingBasis == null ? null : author);
        s.setString(i++, q.status.name());
        CaseGenerator.str(s, i++, q.sentAt == null ? null : author);
        CaseGenerator.ts(s, i++, q.sentAt);
        CaseGenerator.ts(s, i++, q.acknowledgeBy);
        CaseGenerator.ts(s, i++, q.answerBy);
        if (q.sentAt == null) {
            s.setNull(i++, Types.BIGINT);
        } else {
            s.setLong(i++, answerWithin(q.priority).toMinutes());
        }
        CaseGenerator.str(s, i++, q.acknowledgedAt == null ? null : answerer);
        CaseGenerator.ts(s, i++, q.acknowledgedAt);
        CaseGenerator.str(s, i++, q.firstAnsweredAt == null ? null : answerer);
        CaseGenerator.ts(s, i++, q.firstAnsweredAt);
        CaseGenerator.ts(s, i++, q.answeredAt);
        s.setInt(i++, q.followUpAt == null ? 0 : 1);
        boolean byRequester = q.status == RequestStatus.CLOSED || q.status == RequestStatus.WITHDRAWN;
        CaseGenerator.str(s, i++, q.endedAt == null ? null : byRequester ? author : answerer);
        CaseGenerator.ts(s, i++, q.endedAt);
        CaseGenerator.str(s, i++, q.status == RequestStatus.REFUSED ? REFUSE_REASON
                : q.status == RequestStatus.WITHDRAWN ? WITHDRAW_REASON : null);
        CaseGenerator.ts(s, i++, q.ackEscalatedAt);
        CaseGenerator.ts(s, i++, q.answerEscalatedAt);
        s.setLong(i++, q.version);
        s.setString(i++, CaseGenerator.GENERATED_BY);
        s.setObject(i++, q.createdAt);
        OffsetDateTime changed = last(q);
        CaseGenerator.str(s, i++, changed == null ? null : lastBy(q, author, answerer));
        CaseGenerator.ts(s, i, changed);
        s.addBatch();
        requests++;
        byStatus.merge(q.status, 1, Integer::sum);
        if (q.status == RequestStatus.SENT && q.acknowledgeBy.isBefore(now)
                || (q.status == RequestStatus.SENT || q.status == RequestStatus.ACKNOWLEDGED) && q.answerBy.isBefore(now)) {
            overdue++;
        }
        writeMessages(r, q, id, own, other, author, answerer);
    }

    /** Where the requests of {@code own} go: its corridors among the participating countries, else any other by weight. */
    private String counterpart(SplittableRandom r, String own) {
        List<String> codes = new ArrayList<>();
        List<Double> w = new ArrayList<>();
        String corridor = CORRIDORS.get(own);
        if (corridor != null) {
            for (String pair : corridor.split(" ")) {
                String code = pair.substring(0, 2);
                if (participating.contains(code) && !code.equals(own)) {
                    codes.add(code);
                    w.add(Double.parseDouble(pair.substring(3)));
                }
            }
        }
        if (codes.isEmpty()) {
            for (String code : participating) {
                if (!code.equals(own)) {
                    codes.add(code);
                    w.add(weights.getOrDefault(code, 1.0));
                }
            }
        }
        if (codes.isEmpty()) {
            return null;
        }
        double total = w.stream().mapToDouble(Double::doubleValue).sum();
        double u = r.nextDouble() * total;
        for (int k = 0; k < codes.size(); k++) {
            u -= w.get(k);
            if (u < 0) {
                return codes.get(k);
            }
        }
        return codes.get(codes.size() - 1);
    }

    /** What the sender shares, by type: the victim's identity for identity checks, tracing and returns; the case for the rest. */
    private static EnumSet<ExtractField> fields(SplittableRandom r, RequestType type) {
        EnumSet<ExtractField> f = EnumSet.noneOf(ExtractField.class);
        add(r, f, ExtractField.CASE_NUMBER, 85);
        add(r, f, ExtractField.IDENTIFICATION, 60);
        add(r, f, ExtractField.EXPLOITATION, 80);
        add(r, f, ExtractField.CONTROL_AND_RECRUITMENT, 35);
        add(r, f, ExtractField.PERPETRATORS, type == RequestType.LEGAL_ASSISTANCE ? 80 : 5);
        boolean aboutThePerson = switch (type) {
            case IDENTITY_VERIFICATION, FAMILY_TRACING, RISK_ASSESSMENT, ASSISTED_RETURN, REINTEGRATION_SUPPORT -> true;
            case LEGAL_ASSISTANCE, INFORMATION_EXCHANGE -> false;
        };
        if (r.nextInt(100) < (aboutThePerson ? 90 : 30)) {
            add(r, f, ExtractField.VICTIM_NAMES, 90);
            add(r, f, ExtractField.VICTIM_GENDER, 80);
            add(r, f, ExtractField.VICTIM_BIRTH, 80);
            add(r, f, ExtractField.VICTIM_CITIZENSHIPS, 70);
            add(r, f, ExtractField.VICTIM_LANGUAGES, 50);
        }
        if (f.isEmpty()) {
            f.add(ExtractField.CASE_NUMBER);
        }
        return f;
    }

    private static void add(SplittableRandom r, EnumSet<ExtractField> f, ExtractField field, int percent) {
        if (r.nextInt(100) < percent) {
            f.add(field);
        }
    }

    /** Where a request stands {@code days} after sending: recent ones waiting, old ones mostly closed. */
    private static RequestStatus status(SplittableRandom r, long days) {
        RequestStatus[] all = RequestStatus.values();
        if (days < 7) {
            return CaseGenerator.pick(r, all, 0, 45, 35, 10, 3, 3, 4);
        }
        if (days < 60) {
            return CaseGenerator.pick(r, all, 0, 8, 30, 22, 30, 5, 5);
        }
        if (days < 365) {
            return CaseGenerator.pick(r, all, 0, 3, 8, 10, 65, 8, 6);
        }
        return CaseGenerator.pick(r, all, 0, 1, 2, 2, 80, 9, 6);
    }

    /**
     * The deadlines from sending, then acknowledgement, answer, follow-up and end as the status needs them,
     * each after the one before and none after now; 1 in 6 acknowledgements and answers come late. A
     * deadline that passed while the request still waited was escalated once, within a sweep interval.
     */
    private void timeline(SplittableRandom r, Req q) {
        Duration ack = acknowledgeWithin(q.priority);
        Duration answer = answerWithin(q.priority);
        q.acknowledgeBy = q.sentAt.plus(ack);
        q.answerBy = q.sentAt.plus(answer);
        q.version++;
        RequestStatus s = q.status;
        boolean ended = s == RequestStatus.REFUSED || s == RequestStatus.WITHDRAWN;
        boolean answered = s == RequestStatus.ANSWERED || s == RequestStatus.CLOSED;
        if (answered || s == RequestStatus.ACKNOWLEDGED || ended && r.nextBoolean()) {
            q.acknowledgedAt = after(r, q.sentAt, (long) (ack.toSeconds() * 1.3 * Math.pow(r.nextDouble(), 1.5)));
            q.version++;
        }
        boolean followedUp = s == RequestStatus.ACKNOWLEDGED && r.nextInt(100) < 12 || answered && r.nextInt(100) < 10;
        if (answered || followedUp) {
            q.firstAnsweredAt = after(r, q.acknowledgedAt, (long) (answer.toSeconds() * 1.2 * Math.pow(r.nextDouble(), 1.3)));
            q.answeredAt = q.firstAnsweredAt;
            q.version++;
        }
        OffsetDateTime answerFrom = q.sentAt;
        if (followedUp) {
            q.followUpAt = after(r, q.firstAnsweredAt, 86_400L * (1 + r.nextInt(10)));
            answerFrom = q.followUpAt;
            q.answerBy = q.followUpAt.plus(answer);
            q.version++;
            if (answered) {
                q.answeredAt = after(r, q.followUpAt, (long) (answer.toSeconds() * 1.2 * Math.pow(r.nextDouble(), 1.3)));
                q.version++;
            }
        }
        if (s == RequestStatus.CLOSED) {
            q.endedAt = after(r, q.answeredAt, 86_400L * (1 + r.nextInt(20)));
        } else if (ended) {
            q.endedAt = after(r, q.acknowledgedAt != null ? q.acknowledgedAt : q.sentAt, 86_400L * (1 + r.nextInt(30)));
        }
        if (q.endedAt != null) {
            q.version++;
        }
        OffsetDateTime ackWait = q.acknowledgedAt != null ? q.acknowledgedAt : q.endedAt != null ? q.endedAt : now;
        q.ackEscalatedAt = escalation(r, q.acknowledgeBy, ackWait);
        OffsetDateTime answerWait = answered ? q.answeredAt : q.endedAt != null ? q.endedAt
                : followedUp || q.firstAnsweredAt == null ? now : q.firstAnsweredAt;
        q.answerEscalatedAt = answerFrom.isAfter(answerWait) ? null : escalation(r, q.answerBy, answerWait);
    }

    private OffsetDateTime escalation(SplittableRandom r, OffsetDateTime deadline, OffsetDateTime waitedUntil) {
        OffsetDateTime at = deadline.plusSeconds(1 + r.nextInt(SWEEP_SECONDS));
        return at.isBefore(waitedUntil) ? at : null;
    }

    /** A few messages: the answers and the follow-up question, and up to two more from either side, read by the other side. */
    private void writeMessages(SplittableRandom r, Req q, long requestId, String own, String other, String author,
            String answerer) throws SQLException {
        if (q.sentAt == null) {
            return;
        }
        record Msg(OffsetDateTime at, boolean fromRequester, String body) {
        }
        List<Msg> thread = new ArrayList<>();
        if (q.firstAnsweredAt != null) {
            thread.add(new Msg(q.firstAnsweredAt, false, ANSWER));
        }
        if (q.followUpAt != null) {
            thread.add(new Msg(q.followUpAt, true, FOLLOW_UP));
            if (!q.answeredAt.equals(q.firstAnsweredAt)) {
                thread.add(new Msg(q.answeredAt, false, ANSWER));
            }
        }
        OffsetDateTime end = q.endedAt != null ? q.endedAt : q.status.isOpen() ? now : last(q);
        long span = Math.max(0, end.toEpochSecond() - q.sentAt.toEpochSecond());
        int more = r.nextInt(3);
        for (int k = 0; k < more; k++) {
            thread.add(new Msg(q.sentAt.plusSeconds((long) (r.nextDouble() * span)), r.nextBoolean(), MESSAGE));
        }
        thread.sort(Comparator.comparing(Msg::at));
        for (Msg m : thread) {
            OffsetDateTime read = m.at().plusSeconds(r.nextInt(2 * 86_400));
            boolean isRead = read.isBefore(now) && r.nextInt(10) < 9;
            PreparedStatement p = message;
            p.setLong(1, generator.id("cooperation_message_seq"));
            p.setLong(2, requestId);
            p.setString(3, m.fromRequester() ? author : answerer);
            p.setString(4, m.fromRequester() ? own : other);
            p.setString(5, m.body());
            p.setObject(6, m.at());
            CaseGenerator.str(p, 7, isRead ? (m.fromRequester() ? answerer : author) : null);
            CaseGenerator.ts(p, 8, isRead ? read : null);
            p.setString(9, CaseGenerator.GENERATED_BY);
            p.setObject(10, m.at());
            p.addBatch();
            messages++;
        }
    }

    private static OffsetDateTime last(Req q) {
        OffsetDateTime t = null;
        for (OffsetDateTime x : new OffsetDateTime[] {q.sentAt, q.acknowledgedAt, q.firstAnsweredAt, q.followUpAt, q.answeredAt,
            q.endedAt}) {
            if (x != null && (t == null || x.isAfter(t))) {
                t = x;
            }
        }
        return t;
    }

    /** Who made the request's last change: the requested side acknowledges, answers and refuses; the requester does the rest. */
    private static String lastBy(Req q, String author, String answerer) {
        OffsetDateTime t = last(q);
        if (t.equals(q.endedAt)) {
            return q.status == RequestStatus.REFUSED ? answerer : author;
        }
        if (t.equals(q.sentAt) || t.equals(q.followUpAt)) {
            return author;
        }
        return answerer;
    }

    /** {@code seconds} after {@code t}, but never after now: then somewhere between {@code t} and now. */
    private OffsetDateTime after(SplittableRandom r, OffsetDateTime t, long seconds) {
        long room = now.toEpochSecond() - t.toEpochSecond();
        if (room <= 0) {
            return t;
        }
        return t.plusSeconds(Math.max(1, Math.min(seconds, (long) (room * (0.3 + 0.6 * r.nextDouble())))));
    }

    /** A time during the (Caribbean) working day, never after now; sending within the hour stays on the same day. */
    private OffsetDateTime at(SplittableRandom r, LocalDate day) {
        return notAfterNow(day.atStartOfDay().atOffset(ZoneOffset.UTC).plusSeconds(12 * 3600 + r.nextInt(10 * 3600)));
    }

    private OffsetDateTime notAfterNow(OffsetDateTime t) {
        return t.isAfter(now) ? now : t;
    }

    void flush() throws SQLException {
        request.executeBatch();
        message.executeBatch();
    }

    @Override
    public void close() throws SQLException {
        request.close();
        message.close();
    }
}
