package org.casebridge.domain.model.cooperation;

import static org.casebridge.domain.model.cooperation.CooperationFixtures.NOW;
import static org.casebridge.domain.model.cooperation.CooperationFixtures.REFERENCE;
import static org.casebridge.domain.model.cooperation.CooperationFixtures.TIMES;
import static org.casebridge.domain.model.cooperation.CooperationFixtures.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.domain.model.shared.DomainException;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.victim.Victim;
import org.casebridge.interfaces.shared.i18n.Texts;
import org.junit.jupiter.api.Test;

/** A cooperation request's refusals reach the reader in their language, statuses by their labels, codes as codes. */
class CooperationRefusalLanguagesTest {

    private static final Locale ES = Locale.of("es");
    private static final Locale HT = Locale.of("ht");

    @Test
    void victimDataWithoutConsentIsRefusedInSpanishAndCreoleNamingTheRequestedCountry() {
        Victim v = CooperationFixtures.victim();
        CaseFile c = CooperationFixtures.caseWith(v);
        CooperationRequest r = CooperationFixtures.draft(c, v, CooperationFixtures.withNames(v), null);
        DomainException e = assertThrows(DomainException.class, () -> r.send(REFERENCE, c, v, "fp-jm", NOW, TODAY, TIMES));
        assertEquals("El extracto contiene datos personales de la víctima, y la víctima no tiene hoy un consentimiento válido"
                + " para compartirlos con otro país que cubra BS. Registre el consentimiento de la víctima, registre el fundamento"
                + " jurídico para compartir sin consentimiento o deje los datos de la víctima fuera del extracto.",
                Texts.text(ES, e.text()));
        assertEquals("Ekstrè a gen done pèsonèl viktim nan, epi jodi a viktim nan pa gen yon konsantman ki valab pou pataje ak"
                + " lòt peyi ki kouvri BS. Anrejistre konsantman viktim nan, anrejistre baz legal pou pataje san konsantman, oswa"
                + " retire done viktim nan nan ekstrè a.", Texts.text(HT, e.text()));
    }

    @Test
    void aRefusedStepAndAMissingReasonAreSaidInTheReadersLanguage() {
        CooperationRequest sent = CooperationFixtures.in(RequestStatus.SENT);
        DomainException e = assertThrows(DomainException.class, () -> sent.answer("fp-bs", NOW));
        assertEquals("Una solicitud en estado Enviada no puede pasar a Respondida; puede pasar a: Recibo acusado, Rechazada,"
                + " Retirada.", Texts.text(ES, e.text()));
        assertEquals("Yon demann ki nan eta Voye pa ka pase nan eta Reponn; li ka pase nan: Resepsyon konfime, Refize, Retire.",
                Texts.text(HT, e.text()));

        CooperationRequest closed = CooperationFixtures.in(RequestStatus.CLOSED);
        DomainException fin = assertThrows(DomainException.class, () -> closed.withdraw("found", "fp-jm", NOW));
        assertEquals("Yon demann ki nan eta Fèmen pa ka pase nan eta Retire (Fèmen se dènye eta a).", Texts.text(HT, fin.text()));

        ValidationException why = assertThrows(ValidationException.class,
                () -> CooperationFixtures.in(RequestStatus.ACKNOWLEDGED).refuse("", "fp-bs", NOW));
        assertEquals("Indique por qué se rechaza la solicitud.", Texts.text(ES, why.fieldErrors().get("reason")));
        assertEquals("Di poukisa yo refize demann lan.", Texts.text(HT, why.fieldErrors().get("reason")));
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitInTheReadersLanguage() {
        CooperationMessage m = CooperationFixtures.id(new CooperationMessage(CooperationFixtures.in(RequestStatus.SENT), "fp-jm",
                "JM", "Please verify the passport attached.", NOW), 77);
        ValidationException e = assertThrows(ValidationException.class,
                () -> new CooperationAttachment(m, "big.pdf", new byte[2 * 1024 * 1024 + 1], 2 * 1024 * 1024));
        assertEquals("El archivo supera el límite de 2 MB.", Texts.text(ES, e.fieldErrors().get("file")));
        assertEquals("Fichye a pi gwo pase limit 2 MB la.", Texts.text(HT, e.fieldErrors().get("file")));
        assertEquals("Het bestand is groter dan de limiet van 1000 bytes.",
                Texts.text(Locale.of("nl"), CooperationAttachment.tooLarge(1000)));
    }
}
