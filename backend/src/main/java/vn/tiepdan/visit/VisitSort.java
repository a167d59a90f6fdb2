package vn.tiepdan.visit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VisitSort", description = "Order of the list, newest first: bookNo (book year and number) or receivedAt.")
public enum VisitSort {
    bookNo, receivedAt
}
