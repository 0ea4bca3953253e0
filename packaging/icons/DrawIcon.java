import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Referral Desk icon with plain Java 2D and writes every format jpackage wants:
 * PNG 256 and 512 (Linux), ICO (Windows: 16-256, PNG entries) and ICNS (macOS: 16-1024, PNG entries).
 * Run from the project root: {@code java -Djava.awt.headless=true packaging/icons/DrawIcon.java}
 */
public final class DrawIcon {
    private static final Color TOP = new Color(0x2F, 0x6F, 0xEB);
    private static final Color BOTTOM = new Color(0x1B, 0x3F, 0x9A);
    private static final Color CARD = new Color(0xFF, 0xFF, 0xFF);
    private static final Color LINE = new Color(0xC9, 0xD6, 0xF2);
    private static final Color STAR = new Color(0xF5, 0xB7, 0x2E);

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "packaging/icons");
        Files.createDirectories(dir);
        ImageIO.write(draw(256), "png", dir.resolve("referral-desk-256.png").toFile());
        ImageIO.write(draw(512), "png", dir.resolve("referral-desk-512.png").toFile());
        Files.write(dir.resolve("referral-desk.ico"), ico(16, 24, 32, 48, 64, 128, 256));
        Map<String, Integer> icns = new LinkedHashMap<>();
        icns.put("icp4", 16);
        icns.put("icp5", 32);
        icns.put("ic11", 32);
        icns.put("icp6", 64);
        icns.put("ic12", 64);
        icns.put("ic07", 128);
        icns.put("ic08", 256);
        icns.put("ic13", 256);
        icns.put("ic09", 512);
        icns.put("ic14", 512);
        icns.put("ic10", 1024);
        Files.write(dir.resolve("referral-desk.icns"), icns(icns));
        System.out.println("Icons written to " + dir.toAbsolutePath());
    }

    /** A blue tile; on it a white card (the desk's story) with two lines, a gold star and a forward arrow. */
    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 100.0, size / 100.0);
        g.setPaint(new GradientPaint(0, 4, TOP, 0, 96, BOTTOM));
        g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));
        g.setColor(CARD);
        g.fill(new RoundRectangle2D.Double(18, 24, 50, 56, 8, 8));
        g.setColor(LINE);
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(28, 58, 56, 58);
        g.drawLine(28, 69, 48, 69);
        g.setColor(STAR);
        g.fill(star(37, 41, 11, 4.6));
        g.setColor(CARD);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D arrow = new Path2D.Double();
        arrow.moveTo(58, 48);
        arrow.curveTo(66, 30, 76, 26, 84, 28);
        g.draw(arrow);
        Path2D head = new Path2D.Double();
        head.moveTo(73, 20);
        head.lineTo(85, 28);
        head.lineTo(76, 39);
        g.draw(head);
        g.dispose();
        return image;
    }

    private static Path2D star(double cx, double cy, double outer, double inner) {
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double angle = Math.PI / 5 * i - Math.PI / 2;
            double x = cx + r * Math.cos(angle);
            double y = cy + r * Math.sin(angle);
            if (i == 0) {
                star.moveTo(x, y);
            } else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        return star;
    }

    private static byte[] png(int size) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(draw(size), "png", out);
        return out.toByteArray();
    }

    /** ICO: a directory of PNG-compressed images (Windows Vista and later read these). */
    private static byte[] ico(int... sizes) throws IOException {
        byte[][] images = new byte[sizes.length][];
        for (int i = 0; i < sizes.length; i++) {
            images[i] = png(sizes[i]);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LittleEndian out = new LittleEndian(bytes);
        out.short16(0);
        out.short16(1);
        out.short16(sizes.length);
        int offset = 6 + 16 * sizes.length;
        for (int i = 0; i < sizes.length; i++) {
            bytes.write(sizes[i] >= 256 ? 0 : sizes[i]);
            bytes.write(sizes[i] >= 256 ? 0 : sizes[i]);
            bytes.write(0);
            bytes.write(0);
            out.short16(1);
            out.short16(32);
            out.int32(images[i].length);
            out.int32(offset);
            offset += images[i].length;
        }
        for (byte[] image : images) {
            bytes.write(image);
        }
        return bytes.toByteArray();
    }

    /** ICNS: big-endian "icns" header, then one PNG entry per type code. */
    private static byte[] icns(Map<String, Integer> entries) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(body);
        for (Map.Entry<String, Integer> entry : entries.entrySet()) {
            byte[] image = png(entry.getValue());
            out.writeBytes(entry.getKey());
            out.writeInt(8 + image.length);
            out.write(image);
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        DataOutputStream header = new DataOutputStream(file);
        header.writeBytes("icns");
        header.writeInt(8 + body.size());
        header.write(body.toByteArray());
        return file.toByteArray();
    }

    private record LittleEndian(ByteArrayOutputStream out) {
        void short16(int value) {
            out.write(value & 0xFF);
            out.write((value >> 8) & 0xFF);
        }

        void int32(int value) {
            short16(value & 0xFFFF);
            short16((value >> 16) & 0xFFFF);
        }
    }
}
