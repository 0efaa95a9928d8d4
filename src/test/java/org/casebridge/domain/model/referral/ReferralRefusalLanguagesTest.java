package org.casebridge.domain.model.referral;

import static org.casebridge.domain.model.referral.ReferralFixtures.DAY;
import static org.casebridge.domain.model.referral.ReferralFixtures.NOW;
import static org.casebridge.domain.model.referral.ReferralFixtures.POLICE;
import static org.casebridge.domain.model.referral.ReferralFixtures.SHELTER;
import static org.casebridge.domain.model.referral.ReferralFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.Locale;
import org.casebridge.domain.model.agency.ServiceType;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.interfaces.shared.i18n.Texts;
import org.junit.jupiter.api.Test;

/** A referral's refusals reach the reader in their language, statuses and services by their labels, codes as codes. */
class ReferralRefusalLanguagesTest {

    private static final Locale ES = Locale.of("es");
    private static final Locale HT = Locale.of("ht");

    @Test
    void sendingWithoutConsentIsRefusedInSpanishAndCreoleNamingThePartnerAndTheCountry() {
        Victim v = ReferralFixtures.victim();
        Referral r = ReferralFixtures.draft(v, SHELTER);
        DomainException e = assertThrows(DomainException.class, () -> r.send(v, "cw1", NOW, TODAY, DAY));
        assertEquals("La víctima no tiene hoy un consentimiento válido para una derivación a servicios que cubra JM-SHELTER."
                + " Registre el consentimiento de la víctima o pida a un/a supervisor/a de JM una excepción al consentimiento"
                + " con su fundamento jurídico.", Texts.text(ES, e.text()));
        assertEquals("Jodi a viktim nan pa gen yon konsantman ki valab pou yon referans pou sèvis ki kouvri JM-SHELTER."
                + " Anrejistre konsantman viktim nan, oswa mande yon sipèvizè nan JM yon eksepsyon pou konsantman ak baz legal li.",
                Texts.text(HT, e.text()));
        assertEquals("The victim has no valid consent to a service referral covering JM-SHELTER today. Record the victim's"
                + " consent, or ask a supervisor of JM for an override with its legal basis.", Texts.text(Locale.ENGLISH, e.text()));
    }

    @Test
    void aRefusedStepNamesTheStatusesByTheirLabels() {
        Referral sent = ReferralFixtures.in(ReferralStatus.SENT);
        DomainException e = assertThrows(DomainException.class,
                () -> sent.complete("housed", EnumSet.of(ServiceType.SHELTER), TODAY, TODAY));
        assertEquals("Una derivación en estado Enviada no puede pasar a Completada; puede pasar a: Aceptada, Rechazada, Revocada.",
                Texts.text(ES, e.text()));
        assertEquals("Yon referans ki nan eta Voye pa ka pase nan eta Fini; li ka pase nan: Aksepte, Refize, Revoke.",
                Texts.text(HT, e.text()));

        Referral declined = ReferralFixtures.in(ReferralStatus.DECLINED);
        DomainException fin = assertThrows(DomainException.class, () -> declined.accept("partner", NOW));
        assertEquals("Una derivación en estado Rechazada no puede pasar a Aceptada (el estado Rechazada es definitivo).",
                Texts.text(ES, fin.text()));
        assertEquals("Yon referans ki nan eta Refize pa ka pase nan eta Aksepte (Refize se dènye eta a).",
                Texts.text(HT, fin.text()));
    }

    @Test
    void aDeclineWithoutReasonAndServicesTheAgencyDoesNotOfferAreSaidInTheReadersLanguage() {
        Referral sent = ReferralFixtures.in(ReferralStatus.SENT);
        ValidationException why = assertThrows(ValidationException.class, () -> sent.decline(" ", "partner", NOW));
        assertEquals("Indique por qué se rechaza la derivación.", Texts.text(ES, why.fieldErrors().get("reason")));
        assertEquals("Di poukisa yo refize referans lan.", Texts.text(HT, why.fieldErrors().get("reason")));

        ValidationException offered = assertThrows(ValidationException.class, () -> new Referral(100, ReferralFixtures.consenting(),
                POLICE, "cw1", SHELTER, EnumSet.of(ServiceType.LEGAL), Urgency.URGENT, "Needs a lawyer",
                ReferralFixtures.aliasAndNeeds(), TODAY));
        assertEquals("La organización no ofrece todos los servicios solicitados; ofrece: Albergue, Apoyo psicosocial.",
                Texts.text(ES, offered.fieldErrors().get("services")));
        assertEquals("Òganizasyon an pa ofri tout sèvis yo mande yo; sa li ofri: Abri, Sipò sikososyal.",
                Texts.text(HT, offered.fieldErrors().get("services")));
    }
}
