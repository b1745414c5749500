package org.liaisondesk.workload.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Pictures of the screens for a person to look at, written only when the run names a folder with
 * {@code -Dliaisondesk.screenshots=DIR}; call on the JavaFX thread.
 */
final class Screenshots {
    private Screenshots() {
    }

    static void of(Scene scene, String name) {
        save(scene.snapshot(null), name);
    }

    static void of(Node node, String name) {
        save(node.snapshot(null, null), name);
    }

    private static void save(WritableImage image, String name) {
        String folder = System.getProperty("liaisondesk.screenshots");
        if (folder == null || folder.isBlank()) {
            return;
        }
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Path dir = Files.createDirectories(Path.of(folder));
            ImageIO.write(out, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
