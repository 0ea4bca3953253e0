package org.referraldesk.ui.tray;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** The tray icon, drawn: a rounded square in the desk's blue, with the number of due follow-ups on red. */
final class TrayIconImage {
    private static final Color DESK = new Color(0x09, 0x69, 0xda);
    private static final Color DUE = new Color(0xcf, 0x22, 0x2e);

    private TrayIconImage() {
    }

    static BufferedImage draw(int size, int overdue) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            int arc = Math.max(4, size / 4);
            g.setColor(overdue > 0 ? DUE : DESK);
            g.fillRoundRect(1, 1, size - 2, size - 2, arc, arc);
            String label = overdue <= 0 ? "R" : overdue > 99 ? "99+" : Integer.toString(overdue);
            float points = size * (label.length() > 2 ? 0.42f : label.length() == 2 ? 0.55f : 0.7f);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.round(points)));
            FontMetrics metrics = g.getFontMetrics();
            int x = (size - metrics.stringWidth(label)) / 2;
            int y = (size - metrics.getHeight()) / 2 + metrics.getAscent();
            g.setColor(Color.WHITE);
            g.drawString(label, x, y);
        } finally {
            g.dispose();
        }
        return image;
    }
}
