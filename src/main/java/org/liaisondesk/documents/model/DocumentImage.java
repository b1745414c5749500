package org.liaisondesk.documents.model;

import java.util.Arrays;
import java.util.Objects;

/**
 * The value of an IMAGE tag ({@code {{@图}}}): a PNG and the size it is printed at. The picture is scaled to that
 * size, so a PNG drawn at print resolution prints sharp at exactly {@code widthMm} × {@code heightMm}.
 */
public record DocumentImage(byte[] png, double widthMm, double heightMm) {
    public DocumentImage {
        Objects.requireNonNull(png, "png");
        if (png.length == 0 || !(widthMm > 0) || !(heightMm > 0)) {
            throw new IllegalArgumentException("an image needs a PNG and a size, was " + png.length + " bytes at "
                    + widthMm + " × " + heightMm + " mm");
        }
        png = png.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DocumentImage i && Arrays.equals(i.png, png) && i.widthMm == widthMm && i.heightMm == heightMm;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(png) + Double.hashCode(widthMm) * 7 + Double.hashCode(heightMm);
    }

    @Override
    public String toString() {
        return "DocumentImage[" + png.length + " bytes, " + widthMm + " × " + heightMm + " mm]";
    }
}
