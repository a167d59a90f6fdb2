package vn.tiepdan.shared.api;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a collection, paged in SQL (shared/design/API.md, "Lists"). */
public record PageResponse<T>(
        @Schema(description = "The rows of this page.") List<T> items,
        @Schema(description = "Zero-based page number.", example = "0") int page,
        @Schema(description = "Requested page size.", example = "20") int size,
        @Schema(description = "Number of rows over all pages.", example = "134") long totalItems,
        @Schema(description = "Number of pages.", example = "7") int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageParams params, long totalItems) {
        int pages = (int) ((totalItems + params.size() - 1) / params.size());
        return new PageResponse<>(items, params.page(), params.size(), totalItems, pages);
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
