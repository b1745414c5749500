import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Draws LiaisonDesk's icon and splash screen from code, so every size comes from one drawing.
 * Run from the project folder with the JDK's single-file launcher:
 * <pre>
 *   java installer/icons/IconGenerator.java icons installer/icons        (the committed icons)
 *   java installer/icons/IconGenerator.java splash OUT.png 0.1.0          (done by each build script)
 * </pre>
 * The icon is vector shapes only (a page with lines and a seal on a blue tile) so it stays readable at 16 px;
 * the splash writes the Chinese title and needs a CJK font (WenQuanYi, Noto CJK, Microsoft YaHei, PingFang).
 */
public final class IconGenerator {
    /** Every PNG size the three systems ask for: Linux menus 16-512, Windows .ico up to 256, macOS .icns up to 1024. */
    static final int[] PNG_SIZES = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
    static final int[] ICO_SIZES = {16, 24, 32, 48, 64, 128, 256};
    /** macOS icns element types with their pixel size (PNG payloads). */
    static final String[] ICNS_TYPES = {"icp4", "icp5", "icp6", "ic07", "ic08", "ic09", "ic10"};
    static final int[] ICNS_SIZES = {16, 32, 64, 128, 256, 512, 1024};

    private static final Color TILE_TOP = new Color(0x2B5FA8);
    private static final Color TILE_BOTTOM = new Color(0x173D73);
    private static final Color PAGE = new Color(0xFBFCFE);
    private static final Color LINE = new Color(0x9AA9C0);
    private static final Color SEAL = new Color(0xC8372D);
    private static final String[] CJK_FAMILIES = {"WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei",
        "PingFang SC", "SimHei", "Source Han Sans SC"};

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("icons")) {
            writeIcons(Path.of(args[1]));
        } else if (args.length == 3 && args[0].equals("splash")) {
            ImageIO.write(splash(args[2]), "png", Path.of(args[1]).toFile());
        } else {
            System.err.println("usage: IconGenerator icons DIR | IconGenerator splash OUT.png VERSION");
            System.exit(2);
        }
    }

    static void writeIcons(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (int size : PNG_SIZES) {
            Files.write(dir.resolve("liaisondesk-" + size + ".png"), png(icon(size)));
        }
        Files.write(dir.resolve("liaisondesk.ico"), ico());
        Files.write(dir.resolve("liaisondesk.icns"), icns());
    }

    /** The icon drawn on a 1024 grid and scaled, so every size has the same proportions. */
    static BufferedImage icon(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        smooth(g);
        g.scale(size / 1024.0, size / 1024.0);
        double margin = size <= 24 ? 16 : 64;
        double tile = 1024 - 2 * margin;
        g.setPaint(new GradientPaint(0, (float) margin, TILE_TOP, 0, (float) (margin + tile), TILE_BOTTOM));
        g.fill(new RoundRectangle2D.Double(margin, margin, tile, tile, 220, 220));

        // A page with a folded corner: the register and the documents.
        Path2D page = new Path2D.Double();
        page.moveTo(250, 190);
        page.lineTo(640, 190);
        page.lineTo(780, 330);
        page.lineTo(780, 840);
        page.lineTo(250, 840);
        page.closePath();
        g.setColor(PAGE);
        g.fill(page);
        Path2D fold = new Path2D.Double();
        fold.moveTo(640, 190);
        fold.lineTo(640, 330);
        fold.lineTo(780, 330);
        fold.closePath();
        g.setColor(new Color(0xD5DDEA));
        g.fill(fold);

        // Text lines; at the smallest sizes two thick lines read better than four thin ones.
        g.setColor(LINE);
        boolean tiny = size <= 32;
        float stroke = tiny ? 70 : 44;
        g.setStroke(new BasicStroke(stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int[] ys = tiny ? new int[] {380, 540} : new int[] {360, 460, 560, 660};
        for (int i = 0; i < ys.length; i++) {
            int end = i == ys.length - 1 ? 520 : 680;
            g.drawLine(340, ys[i], end, ys[i]);
        }

        // The seal of the procuratorate's recommendation, with a check mark.
        Ellipse2D seal = new Ellipse2D.Double(560, 600, 300, 300);
        g.setColor(SEAL);
        g.fill(seal);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(tiny ? 60 : 44, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D check = new Path2D.Double();
        check.moveTo(635, 755);
        check.lineTo(695, 815);
        check.lineTo(795, 690);
        g.draw(check);
        g.dispose();
        return image;
    }

    /** 640×400: icon, Chinese title, English name, version, and a note that the program is starting. */
    static BufferedImage splash(String version) {
        int w = 640;
        int h = 400;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        smooth(g);
        g.setPaint(new GradientPaint(0, 0, TILE_TOP, 0, h, TILE_BOTTOM));
        g.fillRect(0, 0, w, h);
        g.drawImage(icon(128), 56, 72, null);
        String family = cjkFamily();
        g.setColor(Color.WHITE);
        g.setFont(new Font(family, Font.BOLD, 40));
        g.drawString("联络站检察工作台", 210, 130);
        g.setFont(new Font(family, Font.PLAIN, 24));
        g.setColor(new Color(0xDCE6F5));
        g.drawString("LiaisonDesk", 212, 176);
        g.setFont(new Font(family, Font.PLAIN, 18));
        g.drawString("版本 " + version, 212, 212);
        g.setColor(new Color(0xB8C7DE));
        g.drawString("正在启动…", 56, 350);
        g.setColor(SEAL);
        g.fillRect(0, h - 8, w, 8);
        g.dispose();
        return image;
    }

    static String cjkFamily() {
        List<String> installed = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        return Stream.of(CJK_FAMILIES).filter(installed::contains).findFirst()
                .orElseThrow(() -> new IllegalStateException("no CJK font installed (e.g. apt-get install fonts-wqy-microhei)"));
    }

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** A Windows .ico whose entries are PNGs (read by Windows Vista and later, and by jpackage's WiX build). */
    static byte[] ico() throws IOException {
        List<byte[]> images = new ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(png(icon(size)));
        }
        int headerSize = 6 + 16 * ICO_SIZES.length;
        ByteBuffer header = ByteBuffer.allocate(headerSize).order(ByteOrder.LITTLE_ENDIAN);
        header.putShort((short) 0).putShort((short) 1).putShort((short) ICO_SIZES.length);
        int offset = headerSize;
        for (int i = 0; i < ICO_SIZES.length; i++) {
            int size = ICO_SIZES[i];
            header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            header.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(header.array());
        for (byte[] image : images) {
            out.write(image);
        }
        return out.toByteArray();
    }

    /** A macOS .icns of PNG elements (big-endian lengths that include each 8-byte element header). */
    static byte[] icns() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < ICNS_TYPES.length; i++) {
            byte[] image = png(icon(ICNS_SIZES[i]));
            writeIcnsElement(body, ICNS_TYPES[i], image);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeIcnsElement(out, "icns", body.toByteArray());
        return out.toByteArray();
    }

    private static void writeIcnsElement(OutputStream out, String type, byte[] data) throws IOException {
        out.write(type.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        out.write(ByteBuffer.allocate(4).putInt(data.length + 8).array());
        out.write(data);
    }
}
