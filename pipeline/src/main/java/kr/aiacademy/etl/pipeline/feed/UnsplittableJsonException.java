package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;

/**
 * A JSON file can no longer be read record by record (its array cannot be split into elements). The message
 * names the position and what is wrong, never content; the drop is rejected as a whole.
 */
public final class UnsplittableJsonException extends IOException {

    private static final long serialVersionUID = 1L;

    UnsplittableJsonException(String message) {
        super(message);
    }
}
