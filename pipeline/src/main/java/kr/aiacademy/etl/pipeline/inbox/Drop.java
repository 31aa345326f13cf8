package kr.aiacademy.etl.pipeline.inbox;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The drop being unpacked, and the one place that turns failures of the decoders into rejections.
 *
 * @param path   the drop file
 * @param name   its file name
 * @param format its format
 * @param size   its size in bytes
 */
record Drop(Path path, String name, DropFormat format, long size) {

    private static final int MAX_CAUSE_LENGTH = 200;

    /** A decoder call that may fail on bad input. */
    @FunctionalInterface
    interface DecoderCall<T> {
        T call() throws IOException;
    }

    /**
     * Runs a call into Commons Compress (or a decoder); any IOException or runtime exception it throws
     * means the drop is corrupt or truncated.
     */
    <T> T decode(DecoderCall<T> call) throws DropRejectedException {
        try {
            return call.call();
        } catch (IOException | RuntimeException e) {
            throw corrupt(e);
        }
    }

    /** Reads from a decoded stream; failures mean corrupt input (for plain files: a real IO error). */
    int read(InputStream in, byte[] buffer) throws DropRejectedException, IOException {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            if (format == DropFormat.PLAIN) {
                throw e;
            }
            throw corrupt(e);
        } catch (RuntimeException e) {
            throw corrupt(e);
        }
    }

    DropRejectedException corrupt(Exception cause) {
        return new DropRejectedException(
                "corrupt or truncated " + format.label() + " file " + name + ": " + shortMessage(cause), cause);
    }

    private static String shortMessage(Throwable cause) {
        String message = cause.getMessage();
        String text;
        if (message != null && !message.isBlank()) {
            text = message.strip().replaceAll("\\s+", " ");
        } else if (cause instanceof EOFException) {
            text = "unexpected end of data";
        } else {
            text = cause.getClass().getSimpleName();
        }
        return text.length() <= MAX_CAUSE_LENGTH ? text : text.substring(0, MAX_CAUSE_LENGTH) + "...";
    }
}
