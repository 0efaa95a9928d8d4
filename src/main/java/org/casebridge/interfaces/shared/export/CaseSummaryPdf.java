package org.casebridge.interfaces.shared.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.casebridge.application.casefile.view.CaseEntries.EventView;
import org.casebridge.application.casefile.view.CaseEntries.NoteView;
import org.casebridge.application.casefile.view.CaseEntries.PerpetratorView;
import org.casebridge.application.casefile.view.CaseEntries.SupportPlanView;
import org.casebridge.application.casefile.view.CaseSheet;
import org.casebridge.application.casefile.view.CaseSummary;
import org.casebridge.application.casefile.view.VictimRow;

/**
 * A case summary as a PDF for a handover or a court: the case, its forms of exploitation, events,
 * victims (by alias, as the reader may see them), perpetrators, support plans and notes in the order written, with
 * the name of the user who prepared it and the time on every page, and page numbers. The fonts (DejaVu
 * Sans, licence beside them) are embedded, so accented and other non-English text prints as written;
 * a character the font lacks prints as '?'.
 */
public final class CaseSummaryPdf {

    public static final String MEDIA_TYPE = "application/pdf";
    private static final String FONTS = "/org/casebridge/interfaces/shared/export/fonts/";
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final float MARGIN = 50;
    private static final float TOP = PDRectangle.A4.getHeight() - 70;
    private static final float BOTTOM = 60;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float SIZE = 10;
    private static final float LEADING = 13;

    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private PDPageContentStream page;
    private float y;

    private CaseSummaryPdf(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = font(doc, "DejaVuSans.ttf");
        this.bold = font(doc, "DejaVuSans-Bold.ttf");
    }

    private static PDFont font(PDDocument doc, String name) throws IOException {
        try (InputStream in = CaseSummaryPdf.class.getResourceAsStream(FONTS + name)) {
            if (in == null) {
                throw new IOException("font missing from the application: " + name);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    /** A file name for the summary: {@code case-JM-2026-00042.pdf}. */
    public static String fileName(CaseSummary s) {
        return "case-" + s.sheet().number() + ".pdf";
    }

    public static void write(CaseSummary summary, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            CaseSummaryPdf pdf = new CaseSummaryPdf(doc);
            pdf.body(summary);
            pdf.finish(summary);
            doc.save(out);
        }
    }

    private void body(CaseSummary summary) throws IOException {
        CaseSheet c = summary.sheet();
        newPage();
        line(bold, 16, Labels.text("case.title") + " " + c.number());
        gap();
        field("case.country", c.countryName() + " (" + c.countryCode() + ")");
        field("case.owningAgency", c.owningAgencyName() + " (" + c.owningAgencyCode() + ")");
        field("case.status", Labels.code(c.status()));
        field("case.stage", Labels.code(c.stage()));
        field("case.riskLevel", Labels.code(c.riskLevel()));
        field("case.identificationDate", Labels.value(c.identificationDate()));
        field("case.identificationPlace", Labels.value(c.identificationPlace()));
        field("case.reviewDue", Labels.value(c.reviewDue()));
        field("case.assignedTo", c.assignedTo() == null ? "" : c.assignedTo().displayName());
        field("case.exploitationTypes", Labels.codes(c.exploitationTypes()));
        field("case.sexExploitationTypes", Labels.codes(c.sexExploitationTypes()));
        field("case.forcedLabourIndustry", Labels.code(c.forcedLabourIndustry()));
        field("case.methodsOfControl", Labels.codes(c.methodsOfControl()));
        field("case.methodsOfRecruitment", Labels.codes(c.methodsOfRecruitment()));

        if (c.narrative() != null && !c.narrative().isBlank()) {
            heading("case.narrative", -1);
            paragraph(c.narrative());
        }
        // voided entries (shown, marked, to supervisors on the screen) are not part of the record handed over
        List<EventView> events = c.events().stream().filter(e -> e.voided() == null).toList();
        List<PerpetratorView> perpetrators = c.perpetrators().stream().filter(p -> p.voided() == null).toList();
        List<SupportPlanView> plans = c.supportPlans().stream().filter(p -> p.voided() == null).toList();
        heading("case.tab.events", events.size());
        for (EventView e : events) {
            paragraph(Labels.code(e.type()) + " · " + Labels.value(e.date()) + " · " + Labels.value(e.countryCode())
                    + (e.place() == null || e.place().isBlank() ? "" : " · " + e.place()));
        }
        heading("case.tab.victims", c.victims().size());
        for (VictimRow v : c.victims()) {
            paragraph(Labels.text("victim.alias") + ": " + Labels.value(v.alias()) + " · " + Labels.code(v.gender()) + " · "
                    + Labels.text(v.minor() == null ? "victim.minor.unknown" : v.minor() ? "victim.minor.yes" : "victim.minor.no")
                    + " · " + Labels.code(v.traffickingStatus()));
        }
        heading("case.tab.perpetrators", perpetrators.size());
        for (PerpetratorView p : perpetrators) {
            paragraph(Labels.value(p.name()) + " · " + Labels.codes(p.roles())
                    + (p.relationship() == null ? "" : " · " + Labels.code(p.relationship()))
                    + (p.organisation() == null || p.organisation().isBlank() ? "" : " · " + p.organisation()));
        }
        heading("case.tab.plans", plans.size());
        for (SupportPlanView p : plans) {
            paragraph(Labels.code(p.type()) + " · " + Labels.text("plan.plannedEnd") + " " + Labels.value(p.plannedEnd())
                    + (p.actualEnd() == null ? "" : " · " + Labels.text("plan.actualEnd") + " " + p.actualEnd()));
            if (p.objectives() != null && !p.objectives().isBlank()) {
                paragraph(p.objectives());
            }
        }
        heading("case.tab.notes", c.notes().size());
        for (NoteView n : c.notes().stream().sorted(Comparator.comparing(NoteView::writtenAt,
                Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(NoteView::id)).toList()) {
            keepTogether(1 + lines(n.text()));
            line(bold, SIZE, AT.format(n.writtenAt()) + " · " + Labels.value(n.author()));
            paragraph(n.text());
            gap();
        }
        page.close();
    }

    /** Header (case, who prepared it, when) and footer (page i of n) on every page. */
    private void finish(CaseSummary summary) throws IOException {
        int pages = doc.getNumberOfPages();
        String header = printable(regular, java.text.MessageFormat.format(Labels.text("summary.pdf.header"), summary.sheet().number(),
                summary.preparedBy() + " (" + summary.preparedByUsername() + ")", AT.format(summary.preparedAt())));
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(printable(regular, Labels.text("case.title") + " " + summary.sheet().number()));
        info.setCreator("CaseBridge");
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                text(s, regular, 8, MARGIN, PDRectangle.A4.getHeight() - 35, header);
                text(s, regular, 8, MARGIN, 30, java.text.MessageFormat.format(Labels.text("summary.pdf.footer"),
                                Integer.toString(i + 1), Integer.toString(pages)));
            }
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        y = TOP;
    }

    private void heading(String key, int count) throws IOException {
        gap();
        line(bold, 12, count < 0 ? Labels.text(key) : Labels.text(key) + " (" + count + ")");
        if (count == 0) {
            paragraph(Labels.text("summary.pdf.none"));
        }
    }

    private void field(String key, String value) throws IOException {
        paragraph(Labels.text(key) + ": " + (value == null || value.isBlank() ? "—" : value));
    }

    /** A new page unless {@code lines} lines still fit on this one (a short note is not split over two pages). */
    private void keepTogether(int lines) throws IOException {
        if (y - lines * LEADING < BOTTOM && lines * LEADING < TOP - BOTTOM) {
            newPage();
        }
    }

    private int lines(String text) throws IOException {
        int n = 0;
        for (String source : (text == null ? "" : text).split("\\R", -1)) {
            n += wrap(printable(regular, source), regular, SIZE).size();
        }
        return n;
    }

    private void gap() {
        y -= LEADING / 2;
    }

    /** Text wrapped to the page's width, each line of the source on its own line. */
    private void paragraph(String text) throws IOException {
        for (String source : (text == null ? "" : text).split("\\R", -1)) {
            for (String l : wrap(printable(regular, source), regular, SIZE)) {
                line(regular, SIZE, l);
            }
        }
    }

    private void line(PDFont font, float size, String text) throws IOException {
        for (String l : wrap(printable(font, text), font, size)) {
            if (y < BOTTOM) {
                newPage();
            }
            text(page, font, size, MARGIN, y, l);
            y -= size > SIZE ? size * 1.4f : LEADING;
        }
    }

    private static void text(PDPageContentStream s, PDFont font, float size, float x, float y, String text) throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    private static List<String> wrap(String text, PDFont font, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ", -1)) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(font, size, candidate) <= WIDTH) {
                current.setLength(0);
                current.append(candidate);
                continue;
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
                current.setLength(0);
            }
            String rest = word;
            while (width(font, size, rest) > WIDTH) {
                int cut = rest.length() - 1;
                while (cut > 1 && width(font, size, rest.substring(0, cut)) > WIDTH) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            current.append(rest);
        }
        lines.add(current.toString());
        return lines;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with control characters as spaces and characters the font lacks as '?'. */
    static String printable(PDFont font, String text) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                b.append(' ');
                return;
            }
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException missing) {
                b.append('?');
            }
        });
        return b.toString();
    }
}
