package org.coopera.reference;

import java.util.Locale;

/**
 * A sector as other features see it.
 *
 * @param parentId   the axis this sub-sector belongs to; null for an axis
 * @param dacCode    OECD DAC (CRS) purpose code for crosswalks, optional
 * @param retired    kept for the records that use it, no longer offered for new ones
 */
public record SectorRef(long id, long version, String code, Long parentId, String parentCode, String nameFr,
                        String nameEn, String dacCode, int sortOrder, boolean retired) {

    public boolean isAxis() {
        return parentId == null;
    }

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameFr;
    }
}
