package org.casebridge.interfaces.casefile.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casebridge.application.casefile.view.VictimRow;
import org.casebridge.application.document.DocumentService;
import org.casebridge.application.document.DocumentService.Download;
import org.casebridge.application.document.DocumentView;
import org.casebridge.domain.model.document.CaseDocument;
import org.casebridge.domain.model.document.DocumentKind;
import org.casebridge.interfaces.shared.web.Dialogs;
import org.casebridge.interfaces.shared.web.Downloads;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.event.TabChangeEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The Documents tab of a case: the case's documents and its victims' (kind, name, size, who and when;
 * voided ones, marked, for supervisors), read when the tab is opened; attaching a file to the case or to
 * one of its victims through {@code p:fileUpload}; downloads always as a file to save, never shown in
 * the page, through the service that audits them.
 */
@Named
@ViewScoped
public class CaseDocuments implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("file", "documentUpload:file", "fileName", "documentUpload:file",
            "kind", "documentUpload:kind");

    @Inject
    DocumentService documents;

    @Inject
    CaseDetailsView details;

    @Inject
    Messages messages;

    @Inject
    Dialogs dialogs;

    /** The documents shown; transient, read again when the tab is opened. */
    private transient List<DocumentView> shown;
    private DocumentKind kind;
    /** 0 for the case itself, otherwise the victim's id. */
    private long owner;
    private transient UploadedFile file;

    public void tabChanged(TabChangeEvent<?> event) {
        if ("documentsTab".equals(event.getTab().getId())) {
            reload();
        }
    }

    void reload() {
        long id = details.getId();
        List<DocumentView> all = new ArrayList<>();
        if (messages.attempt(() -> {
            all.addAll(documents.ofCase(id));
            for (VictimRow v : details.getSheet().victims()) {
                all.addAll(documents.ofVictim(v.id()));
            }
        }, Map.of())) {
            shown = all;
        }
    }

    public void upload() {
        UploadedFile f = file;
        if (f == null || f.getFileName() == null || f.getFileName().isBlank()) {
            messages.error("documentUpload:file", "document.file.choose");
            return;
        }
        if (f.getSize() > documents.maxBytes()) {
            messages.error("documentUpload:file", messages.text("cooperation.file.tooLarge") + " " + getMaxSize());
            return;
        }
        long id = details.getId();
        long to = owner;
        DocumentKind k = kind;
        if (messages.attempt(() -> {
            if (to == 0) {
                documents.attachToCase(id, k, f.getFileName(), f.getContent());
            } else {
                documents.attachToVictim(to, k, f.getFileName(), f.getContent());
            }
        }, FIELDS)) {
            file = null;
            kind = null;
            dialogs.hide("documentDialog");
            reload();
            messages.info("document.attached");
            PrimeFaces.current().ajax().update("growl", "case:tabs:documentsPanel");
        }
    }

    /** Sends the document as a download (never inline), or shows why it cannot. */
    public void download(long documentId) throws IOException {
        Download[] d = new Download[1];
        if (!messages.attempt(() -> d[0] = documents.download(documentId), Map.of())) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.setResponseContentType("application/octet-stream");
        response.setResponseContentLength(d[0].content().length);
        Downloads.attachmentHeaders(d[0].fileName()).forEach(response::setResponseHeader);
        response.getResponseOutputStream().write(d[0].content());
        faces.responseComplete();
    }

    /** What a document belongs to, in words: "Case" or the victim's alias. */
    public String ownerOf(DocumentView d) {
        if (d.victimId() == null) {
            return messages.text("document.owner.case");
        }
        return details.getSheet().victims().stream().filter(v -> v.id() == d.victimId()).map(VictimRow::alias).findFirst()
                .orElse("");
    }

    public List<SelectItem> getOwners() {
        List<SelectItem> items = new ArrayList<>();
        items.add(new SelectItem(0L, messages.text("document.owner.case")));
        for (VictimRow v : details.getSheet().victims()) {
            items.add(new SelectItem(v.id(), messages.text("document.owner.victim") + " " + v.alias()));
        }
        return items;
    }

    public DocumentKind[] getKinds() {
        return DocumentKind.values();
    }

    public String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1048576.0) : bytes >= 1024 ? (bytes / 1024) + " KB"
                : bytes + " bytes";
    }

    public long getMaxBytes() {
        return documents.maxBytes();
    }

    public String getMaxSize() {
        return messages.text(CaseDocument.sizeText(documents.maxBytes()));
    }

    public List<DocumentView> getShown() {
        return shown == null ? List.of() : shown;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public void setKind(DocumentKind kind) {
        this.kind = kind;
    }

    public long getOwner() {
        return owner;
    }

    public void setOwner(long owner) {
        this.owner = owner;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
