package org.liaisondesk.documents.model;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The picture a template's sample rendering puts where a chart goes: grey bars on an axis, labelled 图表示例, in the
 * proportions of the report's charts (150 × 95 mm), so that staff see the space a chart takes.
 */
final class SampleChart {
    static final String LABEL = "图表示例";
    private static final int WIDTH = 600;
    private static final int HEIGHT = 380;
    private static final double[] BARS = {0.45, 0.7, 0.55, 0.85, 0.6, 0.35};
    private static byte[] png;

    private SampleChart() {
    }

    /** The PNG, drawn once. */
    static synchronized byte[] png() {
        if (png == null) {
            png = draw();
        }
        return png.clone();
    }

    private static byte[] draw() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int left = 60;
            int bottom = HEIGHT - 40;
            int top = 80;
            int plotWidth = WIDTH - left - 40;
            int slot = plotWidth / BARS.length;
            g.setColor(new Color(0xB0B0B0));
            for (int i = 0; i < BARS.length; i++) {
                int height = (int) Math.round(BARS[i] * (bottom - top));
                g.fillRect(left + i * slot + slot / 4, bottom - height, slot / 2, height);
            }
            g.setColor(new Color(0x606060));
            g.setStroke(new BasicStroke(2f));
            g.drawLine(left, top - 10, left, bottom);
            g.drawLine(left, bottom, left + plotWidth, bottom);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 30));
            FontMetrics metrics = g.getFontMetrics();
            g.drawString(LABEL, (WIDTH - metrics.stringWidth(LABEL)) / 2, 50);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode the sample chart", e);
        }
        return out.toByteArray();
    }
}
