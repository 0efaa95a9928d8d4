package org.casebridge.interfaces.cooperation.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.casebridge.application.cooperation.CooperationThreadService;
import org.casebridge.application.cooperation.CooperationThreadService.Download;
import org.casebridge.application.cooperation.CooperationThreadService.NewFile;
import org.casebridge.interfaces.shared.web.Downloads;
import org.casebridge.interfaces.shared.web.Messages;
import org.primefaces.PrimeFaces;
import org.primefaces.model.file.UploadedFile;

/**
 * The thread of the request shown by {@link CooperationDetails}: writing a message with an optional
 * file (both saved in one transaction, or neither), and downloading an attachment, always as a file to
 * save and never shown in the page, through the service that audits it.
 */
@Named
@ViewScoped
public class CooperationThread implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("body", "post:body", "file", "post:file", "fileName", "post:file");

    @Inject
    CooperationThreadService thread;

    @Inject
    CooperationDetails details;

    @Inject
    Messages messages;

    private String body;
    private transient UploadedFile file;

    public void post() {
        long id = details.getId();
        UploadedFile f = file;
        if (f != null && f.getSize() > thread.maxBytes()) {
            messages.error("post:file", messages.text("cooperation.file.tooLarge") + " " + getMaxSize());
            return;
        }
        List<NewFile> files = f == null || f.getFileName() == null || f.getFileName().isBlank() ? List.of()
                : List.of(new NewFile(f.getFileName(), f.getContent()));
        if (messages.attempt(() -> thread.post(id, body, files), FIELDS)) {
            body = null;
            file = null;
            details.reread();
            messages.info(files.isEmpty() ? "cooperation.posted" : "cooperation.postedWithFile");
            PrimeFaces.current().ajax().update("growl", "request", "thread");
        }
    }

    /** Sends the attachment as a download (never inline), or shows why it cannot. */
    public void download(long attachmentId) throws IOException {
        long id = details.getId();
        Download[] d = new Download[1];
        if (!messages.attempt(() -> d[0] = thread.download(id, attachmentId), Map.of())) {
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

    public long getMaxBytes() {
        return thread.maxBytes();
    }

    /** The size limit as people read it. */
    public String getMaxSize() {
        long max = thread.maxBytes();
        return max >= 1024 * 1024 ? (max / (1024 * 1024)) + " MB" : max >= 1024 ? (max / 1024) + " KB" : max + " bytes";
    }

    public String size(long bytes) {
        return bytes >= 1024 * 1024 ? String.format("%.1f MB", bytes / 1048576.0) : bytes >= 1024 ? (bytes / 1024) + " KB"
                : bytes + " bytes";
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
