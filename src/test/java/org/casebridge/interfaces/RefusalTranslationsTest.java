package org.casebridge.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.casebridge.domain.model.account.PasswordPolicy;
import org.casebridge.domain.model.audit.ChainFault;
import org.casebridge.domain.model.document.CaseDocument;
import org.casebridge.domain.model.export.ExportJob;
import org.casebridge.domain.model.shared.Message;
import org.casebridge.domain.model.shared.ValidationException;
import org.casebridge.domain.model.statistics.StatisticsQuery;
import org.casebridge.interfaces.casefile.rest.Fields;
import org.casebridge.interfaces.shared.i18n.Texts;
import org.junit.jupiter.api.Test;

/**
 * Issue 15: refusals that were sentences built in English inside Java (the password policy, statistics
 * questions, export failures, the audit chain's faults, document limits, REST codes) reach a reader in their
 * language, with their figures intact, and still read as before in English.
 */
class RefusalTranslationsTest {

    private static final Locale ES = Locale.of("es");
    private static final Locale FR = Locale.of("fr");
    private static final Locale HT = Locale.of("ht");
    private static final Locale NL = Locale.of("nl");

    @Test
    void aPasswordRefusalIsInTheReadersLanguage() {
        Message tooShort = PasswordPolicy.problem("tropicalrai", "cw1-jm").orElseThrow();
        assertEquals("Password must be at least 12 characters long.", Texts.text(Locale.ENGLISH, tooShort));
        assertEquals("La contraseña debe tener al menos 12 caracteres.", Texts.text(ES, tooShort));
        assertEquals("Modpas la dwe gen omwen 12 karaktè.", Texts.text(HT, tooShort));
        Message common = PasswordPolicy.problem("password1234", "cw1-jm").orElseThrow();
        assertEquals("Modpas sa a twò komen; chwazi yon lòt (yon fraz ki gen plizyè mo mache byen).",
                Texts.text(HT, common));
        assertEquals("Dit wachtwoord komt te vaak voor; kies een ander (een wachtzin van meerdere woorden werkt goed).",
                Texts.text(NL, common));
    }

    @Test
    void aStatisticsRefusalIsInTheReadersLanguageWithItsCodesAndYears() {
        ValidationException unknown = assertThrows(ValidationException.class,
                () -> StatisticsQuery.parse("victims", "shoeSize", null, "1980", "20x", null));
        assertEquals("Dimensión desconocida: elija una de estas: year, country, exploitationCountry, exploitation, gender, "
                + "ageBand, citizenship, industry, control, service, outcome, counterpart, timeliness.",
                Texts.text(ES, unknown.fieldErrors().get("rows")));
        assertEquals("Yon ane antye, ak kat chif.", Texts.text(HT, unknown.fieldErrors().get("yearTo")));
        ValidationException early = assertThrows(ValidationException.class,
                () -> StatisticsQuery.parse("victims", "year", null, "1980", null, null));
        // years are shown as written, never "1.990" or "1 990"
        assertEquals("Een heel jaar tussen 1990 en 2100.", Texts.text(NL, early.fieldErrors().get("yearFrom")));
        assertEquals("A whole year between 1990 and 2100.", Texts.text(Locale.ENGLISH, early.fieldErrors().get("yearFrom")));
    }

    @Test
    void anExportFailureStoredAsAKeyIsShownInTheReadersLanguage() {
        Message overLimit = ExportJob.failureText("error.export.failed.overLimit|250001|250000");
        assertEquals("Li depase limit la: 250001 liy koresponn, men se 250000 pou pi plis ki pèmèt. Fè filt yo pi sere epi "
                + "mande l ankò.", Texts.text(HT, overLimit));
        assertEquals("L'export n'a pas pu être écrit (IOException). Demandez-le à nouveau ; s'il échoue encore, prévenez "
                + "votre administrateur·rice.", Texts.text(FR, ExportJob.failureText("error.export.failed.notWritten|IOException")));
        assertEquals("Interrumpida: el servidor se reinició antes de que terminara la exportación. Solicítela de nuevo.",
                Texts.text(ES, ExportJob.failureText("error.export.failed.restarted")));
        assertEquals("over the limit: 5 rows, at most 4", Texts.text(ES, ExportJob.failureText("over the limit: 5 rows, at most 4")),
                "a failure stored in English before issue 15 is shown as written");
    }

    @Test
    void theAuditChainsFaultIsInTheReadersLanguageAndTheVerifierKeepsEnglish() {
        Message broken = Message.of("audit.verify.broken", 7, ChainFault.ENDS_AT.message(9, 6));
        assertEquals("Verbroken bij volgnummer 7: afgekapt na controlepunt 9: de keten eindigt bij volgnummer 6.",
                Texts.text(NL, broken));
        assertEquals("Rompue à la séquence 7 : tronquée après le point de contrôle 9 : la chaîne s'arrête à la séquence 6.",
                Texts.text(FR, broken));
        assertEquals("truncated after checkpoint 9: the chain ends at sequence 6", ChainFault.ENDS_AT.english(9, 6));
        assertEquals("the head row (sequence 12000) does not match the chain's last entry (sequence 11999)",
                ChainFault.HEAD_MISMATCH.english(12000, 11999), "no grouping, apostrophe kept");
    }

    @Test
    void documentLimitsAndRestCodesAreInTheReadersLanguage() {
        ValidationException tooLarge = assertThrows(ValidationException.class,
                () -> CaseDocument.ofCase(7, org.casebridge.domain.model.document.DocumentKind.REPORT, "r.pdf",
                        new byte[2 * 1024 * 1024 + 1], 2 * 1024 * 1024));
        assertEquals("Le fichier dépasse la limite de 2 Mo.", Texts.text(FR, tooLarge.fieldErrors().get("file")));
        assertEquals("The file is larger than the limit of 2 MB.", Texts.text(Locale.ENGLISH, tooLarge.fieldErrors().get("file")));
        assertEquals("Le contenu du fichier est PNG, mais son nom a une autre extension ; nommez-le avec l'extension .png.",
                Texts.text(FR, Message.of("error.document.nameDisagrees", "PNG", "png")));

        ValidationException.Collector errors = new ValidationException.Collector();
        Fields.code(org.casebridge.domain.model.casefile.RiskLevel.class, "EXTREME", "riskLevel", errors);
        ValidationException unknown = assertThrows(ValidationException.class, errors::throwIfAny);
        assertEquals("Onbekende waarde; gebruik een van deze: LOW, MEDIUM, HIGH, CRITICAL.",
                Texts.text(NL, unknown.fieldErrors().get("riskLevel")));
    }
}
