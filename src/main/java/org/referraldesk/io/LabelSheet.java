package org.referraldesk.io;

import org.referraldesk.domain.Paper;

/**
 * Where the labels sit on a sheet of 3 × 10, in points from the page's top left corner: Avery
 * 5160 on Letter (2⅝ × 1 inch labels), and 63.5 × 25.4 mm labels centred on A4.
 */
record LabelSheet(int columns, int rows, float width, float height, float left, float top, float across,
        float down) {
    static final float MM = 72f / 25.4f;

    static LabelSheet of(Paper paper) {
        return switch (paper) {
            case LETTER -> new LabelSheet(3, 10, 189f, 72f, 13.5f, 36f, 198f, 72f);
            case A4 -> {
                float width = 63.5f * MM;
                float height = 25.4f * MM;
                float gap = 2.5f * MM;
                float left = (paper.width() - 3 * width - 2 * gap) / 2;
                float top = (paper.height() - 10 * height) / 2;
                yield new LabelSheet(3, 10, width, height, left, top, width + gap, height);
            }
        };
    }

    int perPage() {
        return columns * rows;
    }
}
