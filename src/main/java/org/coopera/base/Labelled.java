package org.coopera.base;

/** A record that has a short human label, used when it appears as a value in history or lists. */
public interface Labelled {

    String label();
}
