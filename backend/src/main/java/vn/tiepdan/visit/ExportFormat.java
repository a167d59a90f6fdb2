package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BookFormat", description = "Format of the exported book.")
public enum ExportFormat {
    xlsx, pdf
}
