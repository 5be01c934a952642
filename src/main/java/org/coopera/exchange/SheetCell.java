package org.coopera.exchange;

/** A cell as read from a file: its text (trimmed, "" when blank) and whether it held a formula. */
record SheetCell(String text, boolean formula) {

    static final SheetCell BLANK = new SheetCell("", false);

    boolean blank() {
        return !formula && text.isEmpty();
    }
}
