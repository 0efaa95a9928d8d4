package org.casebridge.interfaces.shared.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casebridge.application.casefile.view.CaseEntries.EventView;
import org.casebridge.application.casefile.view.CaseEntries.NoteView;
import org.casebridge.application.casefile.view.CaseEntries.PerpetratorView;
import org.casebridge.application.casefile.view.CaseEntries.SupportPlanView;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.application.casefile.view.CaseSummary;
import org.casebridge.application.casefile.view.UserRef;
import org.casebridge.domain.model.casefile.CaseStage;
import org.casebridge.domain.model.casefile.CaseStatus;
import org.casebridge.domain.model.casefile.EventType;
import org.casebridge.domain.model.casefile.ExploitationType;
import org.casebridge.domain.model.casefile.PerpetratorRole;
import org.casebridge.domain.model.casefile.RiskLevel;
import org.casebridge.domain.model.casefile.SupportPlanType;
import org.junit.jupiter.api.Test;

class CaseSummaryPdfTest {

    @Test
    void everyPageNamesTheCaseTheUserAndTheTimeAndAccentsPrintAsWritten() throws IOException {
        List<NoteView> notes = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            notes.add(new NoteView(i, "Note " + i + ": la niña habló con l'équipe à Pétion-Ville; señal de façade. "
                    + "Ż Ł ő 漢", "Caseworker one (Jamaica)", Instant.parse("2026-11-01T10:00:00Z").plusSeconds(i * 60L)));
        }
        CaseSummary summary = new CaseSummary(sheet(notes), "Zoë Ðurić", "cw1-jm", Instant.parse("2026-12-03T16:45:00Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseSummaryPdf.write(summary, out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            int pages = pdf.getNumberOfPages();
            assertTrue(pages >= 3, "80 notes take several pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(pdf);
                assertTrue(text.contains("JM-2026-00042"), "page " + p + " names the case");
                assertTrue(text.contains("Zoë Ðurić (cw1-jm)"), "page " + p + " names who prepared it: " + text);
                assertTrue(text.contains("2026-12-03 16:45 UTC"), "page " + p + " says when");
                assertTrue(text.contains("Page " + p + " of " + pages), "page " + p + " is numbered");
            }
            String all = new PDFTextStripper().getText(pdf);
            assertTrue(all.contains("la niña habló con l'équipe à Pétion-Ville; señal de façade."), all);
            assertTrue(all.contains("Ż Ł ő ?"), "Latin Extended prints, a character the font lacks is '?'");
            assertTrue(all.indexOf("Note 9:") < all.indexOf("Note 10:") && all.indexOf("Note 79:") < all.indexOf("Note 80:"),
                    "notes in order");
            assertTrue(all.contains("V-Marisol"), "the victim by alias");
            assertTrue(all.contains("Baptiste Mérové"), "the perpetrator");
            assertTrue(all.contains("Montego Bay"), "the event");
            assertTrue(all.contains("Shelter and safe housing for the señora"), "the support plan");
            assertTrue(all.contains("recruited in Kingston, held in Montego Bay"), "what happened");
            assertFalse(all.contains("Voided-Place"), "a voided entry is not handed over");
        }
    }

    private static CaseSheet sheet(List<NoteView> notes) {
        return new CaseSheet(42, "JM-2026-00042", "JM", "Jamaica", "JM-GOV", "Ministry", new UserRef(1, "cw1-jm",
                "Caseworker one (Jamaica)", "JM-GOV"), List.of(), CaseStatus.ACTIVE, CaseStage.ASSISTANCE, RiskLevel.HIGH,
                LocalDate.of(2026, 10, 1), "Kingston", "What happened: recruited in Kingston, held in Montego Bay", EnumSet.of(ExploitationType.FORCED_LABOUR), Set.of(), null, Set.of(),
                Set.of(), Set.of(), Set.of(), LocalDate.of(2026, 12, 1), false, null,
                List.of(new EventView(1, EventType.values()[0], "JM", "Montego Bay", LocalDate.of(2026, 9, 1), 0, null),
                        new EventView(2, EventType.values()[0], "JM", "Voided-Place", LocalDate.of(2026, 9, 2), 1,
                                new org.casebridge.application.casefile.view.CaseEntries.VoidView("sup-jm", Instant.now(), "entered twice"))), notes,
                List.of(new SupportPlanView(1, SupportPlanType.values()[0], "Shelter and safe housing for the señora",
                        LocalDate.of(2027, 1, 1), null, LocalDate.of(2026, 11, 1), 0, null)),
                List.of(new org.casebridge.application.casefile.view.VictimRow(7, "V-Marisol", false, null, null, List.of(),
                        List.of())),
                List.of(new PerpetratorView(1, "Baptiste Mérové", EnumSet.of(PerpetratorRole.values()[0]), null, "Org", 0, null)),
                "cw1-jm", Instant.now(), "cw1-jm", Instant.now(), 1, null);
    }
}
