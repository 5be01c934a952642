package org.coopera.reference.api;

/** The body of {@code POST /api/v1/sectors}: an axis (no parent code) or a sub-sector of the axis named. */
public record NewSector(String parentCode, String code, String nameFr, String nameEn, String dacCode) {
}
