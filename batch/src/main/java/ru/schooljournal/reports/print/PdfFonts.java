package ru.schooljournal.reports.print;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts every PDF of ours embeds: DejaVu Sans (regular and bold) from the classpath, so Cyrillic prints
 * whatever fonts the server or the printing computer has. Read once per server.
 */
public final class PdfFonts {

    private static final String REGULAR = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
    private static volatile byte[] regular;
    private static volatile byte[] bold;

    private PdfFonts() {
    }

    public static BaseFont regular() {
        if (regular == null) {
            regular = read(REGULAR);
        }
        return font(REGULAR, regular);
    }

    public static BaseFont bold() {
        if (bold == null) {
            bold = read(BOLD);
        }
        return font(BOLD, bold);
    }

    private static BaseFont font(String resource, byte[] bytes) {
        try {
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
