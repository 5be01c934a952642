package org.coopera.base.api;

import java.util.List;

/**
 * One page of a list.
 *
 * @param page       the page number, from 0
 * @param size       the page size asked for
 * @param totalItems items over all pages
 * @param totalPages pages of {@code size} items
 */
public record ApiPage<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public ApiPage {
        items = List.copyOf(items);
    }

    public static <T> ApiPage<T> of(List<T> items, ApiPaging paging, long totalItems) {
        return new ApiPage<>(items, paging.page(), paging.size(), totalItems,
                (totalItems + paging.size() - 1) / paging.size());
    }
}
