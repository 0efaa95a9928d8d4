package org.casebridge.interfaces.shared.export;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import org.casebridge.interfaces.shared.web.Downloads;

/**
 * A file sent from a screen's button (a full, non-ajax post) as a download: the headers of
 * {@link Downloads} (attachment, nosniff, no caching), then the body, and the page's rendering skipped.
 */
public final class ScreenDownload {

    private ScreenDownload() {
    }

    /** What writes the file's bytes. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void send(String fileName, String contentType, Body body) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext response = faces.getExternalContext();
        response.responseReset();
        response.setResponseContentType(contentType);
        Downloads.attachmentHeaders(fileName).forEach(response::setResponseHeader);
        body.writeTo(response.getResponseOutputStream());
        faces.responseComplete();
    }
}
