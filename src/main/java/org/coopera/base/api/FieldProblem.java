package org.coopera.base.api;

/** A field of a request body or a query parameter that was refused, and why (localised). */
public record FieldProblem(String field, String message) {
}
