package org.casebridge.infrastructure.persistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.casebridge.domain.model.account.UserAccount;
import org.casebridge.domain.model.agency.AgencyRepository;
import org.casebridge.domain.model.agency.CountryCode;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.cooperation.CooperationMessage;
import org.casebridge.domain.model.cooperation.CooperationRepository;
import org.casebridge.domain.model.cooperation.CooperationRequest;
import org.casebridge.domain.model.cooperation.ExtractChoice;
import org.casebridge.domain.model.cooperation.ExtractField;
import org.casebridge.domain.model.cooperation.Priority;
import org.casebridge.domain.model.cooperation.RequestType;
import org.casebridge.domain.model.cooperation.ResponseTimes;
import org.casebridge.domain.model.shared.UnitOfWork;
import org.casebridge.domain.model.victim.ConsentPurpose;
import org.casebridge.domain.model.victim.ConsentScope;
import org.casebridge.domain.model.victim.Gender;
import org.casebridge.domain.model.victim.Victim;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Demo cross-border cooperation requests between Jamaica, The Bahamas and Trinidad and Tobago, so
 * that the focal points ({@code fp-jm}, {@code fp-bs}, {@code fp-tt}) and supervisors see outgoing and
 * incoming requests in every state (README, "What to try first"). Built through the domain like
 * {@link DemoCases}, on two demo cases of their own, each known by its victim's alias, so a restart adds
 * nothing. The extracts keep the sharing rules: victim data goes to The Bahamas on the victim's consent
 * to cross-border sharing, to Jamaica on a recorded legal basis, and not at all to Trinidad and Tobago.
 *
 * <p>Jamaica ({@code fp-jm}) to The Bahamas: DRAFT; SENT five days ago and overdue for acknowledgement;
 * ACKNOWLEDGED; ANSWERED; CLOSED. Jamaica to Trinidad and Tobago: SENT. The Bahamas ({@code fp-bs}) to
 * Jamaica: REFUSED; WITHDRAWN; SENT.
 */
@Dependent
public class DemoCooperation {

    public static final String JM_CASE = "Demo Fern (fictional)";
    public static final String BS_CASE = "Demo Gale (fictional)";

    private static final Logger LOG = Logger.getLogger(DemoCooperation.class.getName());
    private static final String TREATY = "Memorandum of understanding on trafficking in persons between the two governments (demo)";

    @Inject
    CooperationRepository requests;

    @Inject
    AgencyRepository agencies;

    @Inject
    UnitOfWork work;

    @Inject
    @ConfigProperty(name = "casebridge.cooperation.acknowledge-hours.urgent", defaultValue = "24")
    long ackUrgent;

    @Inject
    @ConfigProperty(name = "casebridge.cooperation.acknowledge-hours.normal", defaultValue = "72")
    long ackNormal;

    @Inject
    @ConfigProperty(name = "casebridge.cooperation.answer-days.urgent", defaultValue = "7")
    long answerUrgent;

    @Inject
    @ConfigProperty(name = "casebridge.cooperation.answer-days.normal", defaultValue = "30")
    long answerNormal;

    private DemoCases demo;

    /** Creates the demo requests that are missing; {@code cases} has just created the demo cases and knows "now". */
    void createIfMissing(DemoCases cases) {
        this.demo = cases;
        int created = 0;
        if (demo.missing(JM_CASE)) {
            jamaica();
            created++;
        }
        if (demo.missing(BS_CASE)) {
            bahamas();
            created++;
        }
        if (created > 0) {
            LOG.log(Level.INFO, "Demo mode: cooperation requests of {0} demo case(s) created.", created);
        }
    }

    /** fp-jm's case of a Bahamian woman found in Negril: five requests to The Bahamas, one to Trinidad and Tobago. */
    private void jamaica() {
        UserAccount fp = demo.user("fp-jm");
        Victim fern = demo.victim("Fern", JM_CASE, Gender.FEMININE, 22, "BS", "en");
        demo.consent(fern, fp, ConsentPurpose.CROSS_BORDER_SHARING, ConsentScope.COUNTRY, "BS", 90);
        CaseFile c = demo.openCase(fp, 100, "Demo data: Negril (fictional)", ExploitationType.SEXUAL_EXPLOITATION, fern);
        ExtractChoice withVictim = new ExtractChoice(EnumSet.of(ExtractField.CASE_NUMBER, ExtractField.IDENTIFICATION,
                ExtractField.VICTIM_NAMES, ExtractField.VICTIM_BIRTH, ExtractField.VICTIM_CITIZENSHIPS), fern.getId());
        ExtractChoice caseOnly = new ExtractChoice(EnumSet.of(ExtractField.CASE_NUMBER, ExtractField.EXPLOITATION,
                ExtractField.CONTROL_AND_RECRUITMENT), null);

        // Created in the order they were sent, so that "newest first" (by id) is also by sending time.
        CooperationRequest closed = send(c, fern, fp, "BS", RequestType.INFORMATION_EXCHANGE, Priority.NORMAL,
                "Has the recruiter's agency been reported in The Bahamas? (demo)", caseOnly, 60 * 24);
        closed.acknowledge("fp-bs", demo.hoursAgo(60 * 24 - 80));
        closed.answer("fp-bs", demo.hoursAgo(18 * 24));
        message(closed, "fp-bs", "BS", "Yes, twice; the police file number is with your liaison officer (demo).",
                demo.hoursAgo(18 * 24));
        closed.close("fp-jm", demo.hoursAgo(17 * 24));

        CooperationRequest answered = send(c, fern, fp, "BS", RequestType.ASSISTED_RETURN, Priority.NORMAL,
                "Arrange a safe return and someone to meet her at the airport (demo).", withVictim, 20 * 24);
        answered.acknowledge("fp-bs", demo.hoursAgo(20 * 24 - 30));
        message(answered, "fp-jm", "JM", "She would prefer to be met by a woman officer (demo).", demo.hoursAgo(15 * 24));
        answered.answer("fp-bs", demo.hoursAgo(8 * 24));
        message(answered, "fp-bs", "BS", "The Bahamas Crisis Centre will meet her and offer a place to stay (demo).",
                demo.hoursAgo(8 * 24));

        send(c, fern, fp, "BS", RequestType.FAMILY_TRACING, Priority.NORMAL,
                "Trace her mother and sisters on New Providence (demo).", withVictim, 5 * 24);

        CooperationRequest acknowledged = send(c, fern, fp, "BS", RequestType.IDENTITY_VERIFICATION, Priority.URGENT,
                "Confirm her identity; her passport was taken by the recruiter (demo).", withVictim, 3 * 24);
        acknowledged.acknowledge("fp-bs", demo.hoursAgo(3 * 24 - 6));
        message(acknowledged, "fp-bs", "BS", "We are checking the passport records and will answer within the week (demo).",
                demo.hoursAgo(3 * 24 - 7));

        send(c, fern, fp, "TT", RequestType.LEGAL_ASSISTANCE, Priority.NORMAL,
                "Evidence about a recruiter who travels through Port of Spain (demo).", caseOnly, 2);

        draft(c, fern, fp, "BS", RequestType.RISK_ASSESSMENT, Priority.NORMAL,
                "Assess the risks in Nassau before a return is decided (demo).", caseOnly, null);
    }

    /** fp-bs's case of a Jamaican man found in Nassau, without his consent to sharing: three requests to Jamaica. */
    private void bahamas() {
        UserAccount fp = demo.user("fp-bs");
        Victim gale = demo.victim("Gale", BS_CASE, Gender.MASCULINE, 35, "JM", "en");
        CaseFile c = demo.openCase(fp, 40, "Demo data: Nassau (fictional)", ExploitationType.FORCED_LABOUR, gale);
        ExtractChoice names = new ExtractChoice(EnumSet.of(ExtractField.CASE_NUMBER, ExtractField.VICTIM_NAMES,
                ExtractField.VICTIM_CITIZENSHIPS), gale.getId());
        ExtractChoice caseOnly = new ExtractChoice(EnumSet.of(ExtractField.CASE_NUMBER, ExtractField.EXPLOITATION), null);

        CooperationRequest refused = draft(c, gale, fp, "JM", RequestType.IDENTITY_VERIFICATION, Priority.NORMAL,
                "Confirm that he is a Jamaican citizen (demo).", names, TREATY);
        dispatch(refused, c, gale, fp, 15 * 24);
        refused.refuse("He is not in the civil register under these names; send his birth date (demo).", "fp-jm",
                demo.hoursAgo(13 * 24));

        CooperationRequest withdrawn = send(c, gale, fp, "JM", RequestType.REINTEGRATION_SUPPORT, Priority.NORMAL,
                "Find work and training for him in Kingston after his return (demo).", caseOnly, 10 * 24);
        withdrawn.acknowledge("fp-jm", demo.hoursAgo(10 * 24 - 20));
        withdrawn.withdraw("He returned on his own and asked for no further contact (demo).", "fp-bs", demo.hoursAgo(5 * 24));

        send(c, gale, fp, "JM", RequestType.RISK_ASSESSMENT, Priority.NORMAL,
                "Is it safe for his brother, also recruited, to stay in Spanish Town? (demo)", caseOnly, 6);
    }

    private CooperationRequest draft(CaseFile c, Victim v, UserAccount fp, String to, RequestType type, Priority priority,
            String purpose, ExtractChoice share, String sharingBasis) {
        CooperationRequest r = requests.add(new CooperationRequest(c, v, agencies.countryByCode(new CountryCode(to)).orElseThrow(),
                fp.getUsername().value(), type, priority, TREATY, purpose, share, sharingBasis, demo.daysAgo(0)));
        work.flush();
        return r;
    }

    private CooperationRequest send(CaseFile c, Victim v, UserAccount fp, String to, RequestType type, Priority priority,
            String purpose, ExtractChoice share, long hoursAgo) {
        CooperationRequest r = draft(c, v, fp, to, type, priority, purpose, share, null);
        dispatch(r, c, v, fp, hoursAgo);
        return r;
    }

    /** Sends the draft {@code hoursAgo} hours ago, the deadlines counting from then (the domain checks consent or basis). */
    private void dispatch(CooperationRequest r, CaseFile c, Victim v, UserAccount fp, long hoursAgo) {
        Instant at = demo.hoursAgo(hoursAgo);
        LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
        boolean urgent = r.getPriority() == Priority.URGENT;
        ResponseTimes times = new ResponseTimes(Duration.ofHours(urgent ? ackUrgent : ackNormal),
                Duration.ofDays(urgent ? answerUrgent : answerNormal));
        r.send(requests.nextReference(c.getCountryCode(), day.getYear()), c, v, fp.getUsername().value(), at, day, times);
        work.flush();
    }

    private void message(CooperationRequest r, String author, String country, String body, Instant at) {
        requests.add(new CooperationMessage(r, author, country, body, at));
    }
}
