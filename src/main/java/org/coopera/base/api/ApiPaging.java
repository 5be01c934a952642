package org.coopera.base.api;

import org.springframework.http.HttpStatus;

/**
 * The {@code page} and {@code size} query parameters of a list, checked: page from 0, size from 1
 * to {@link #MAX_SIZE}.
 */
public record ApiPaging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public ApiPaging {
        if (page < 0 || size < 1 || size > MAX_SIZE || (long) page * size > Integer.MAX_VALUE) {
            throw new ApiProblemException(HttpStatus.BAD_REQUEST, "api.paging.invalid", MAX_SIZE);
        }
    }

    public static ApiPaging of(Integer page, Integer size) {
        return new ApiPaging(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public int offset() {
        return page * size;
    }
}
