package org.coopera.bulletin.ui;

/** The addresses of the bulletin feature's pages, for links from other features. */
public final class BulletinNavigation {

    private BulletinNavigation() {
    }

    public static String bulletins() {
        return "bulletins";
    }

    public static String bulletin(long id) {
        return "bulletins/" + id;
    }
}
