package org.casebridge.interfaces.casefile.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.casebridge.application.casefile.CaseWorkflowService;
import org.casebridge.domain.model.casefile.CaseFile;
import org.casebridge.interfaces.shared.web.Dialogs;

/**
 * The case's account of what happened, on the Summary tab: its dialog, with a counter and the limit
 * (a note's), saved against the version of the case shown; a longer text is refused, never cut.
 */
@Named
@ViewScoped
public class CaseNarrative implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseWorkflowService workflow;

    @Inject
    CaseDetailsView details;

    @Inject
    Dialogs dialogs;

    private String text;
    private long version;

    public void start() {
        text = details.getSheet().narrative();
        version = details.getSheet().version();
        dialogs.show("narrativeDialog");
    }

    public void save() {
        long id = details.getId();
        String value = text;
        details.change(() -> workflow.writeNarrative(id, version, value), Map.of("narrative", "narrative:text"),
                "narrativeDialog", "case.narrative.saved");
    }

    public int getMax() {
        return CaseFile.NARRATIVE_MAX;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
