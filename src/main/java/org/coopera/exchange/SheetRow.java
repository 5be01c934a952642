package org.coopera.exchange;

import java.util.List;

/** A row of a file, numbered as a spreadsheet program shows it (the header is row 1). */
record SheetRow(int number, List<SheetCell> cells) {

    SheetCell cell(int index) {
        return index < cells.size() ? cells.get(index) : SheetCell.BLANK;
    }

    boolean blank() {
        return cells.stream().allMatch(SheetCell::blank);
    }
}
