package nl.opmaat.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Optional;
import org.apache.batik.bridge.EmbededExternalResourceSecurity;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * Renders an SVG to PNG with Batik, for the picture a DOCX must hold beside an SVG: LibreOffice and Word before 2016
 * show only that PNG. External resources are refused, so an SVG cannot make opmaat fetch anything.
 */
final class SvgRasteriser {

    /** Twice the natural size, so the PNG stays sharp when printed; never wider than this. */
    static final int MAX_WIDTH_PX = 1600;

    private SvgRasteriser() {
    }

    /** The PNG, or empty when Batik cannot render the SVG (the DOCX then keeps the SVG with an empty fallback). */
    static Optional<byte[]> toPng(byte[] svg, ImageSize size) {
        PNGTranscoder transcoder = new PNGTranscoder() {
            @Override
            protected UserAgent createUserAgent() {
                return new SVGAbstractTranscoderUserAgent() {
                    // Only data: URLs inside the SVG itself; no files, no network.
                    @Override
                    public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL document) {
                        return new EmbededExternalResourceSecurity(resource);
                    }

                    @Override
                    public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL document) {
                        return new NoLoadScriptSecurity(type);
                    }
                };
            }
        };
        float width = (float) Math.min(MAX_WIDTH_PX, Math.max(1, size.width() * 2));
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, width);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        TranscoderInput input = new TranscoderInput(new ByteArrayInputStream(svg));
        // A base URI for Batik's resolver; nothing is loaded from it since external resources are refused.
        input.setURI("file:/opmaat/image.svg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(input, new TranscoderOutput(out));
            return Optional.of(out.toByteArray());
        } catch (TranscoderException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
