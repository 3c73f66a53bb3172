package nl.opmaat.cli;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Small, valid PNG files whose header may declare any size: the header is all the image gate reads. */
final class TinyPng {

    private TinyPng() {
    }

    /** One white pixel. */
    static byte[] pixel() {
        return declaring(1, 1);
    }

    /** A PNG whose IHDR declares {@code width} × {@code height} RGB pixels, with one row of image data. */
    static byte[] declaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        byte[] row = new byte[1 + 3 * Math.min(width, 4096)];
        java.util.Arrays.fill(row, 1, row.length, (byte) 0xFF);
        Deflater deflater = new Deflater();
        deflater.setInput(row);
        deflater.finish();
        byte[] compressed = new byte[row.length + 64];
        int n = deflater.deflate(compressed);
        deflater.end();
        chunk(out, "IDAT", java.util.Arrays.copyOf(compressed, n));
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
