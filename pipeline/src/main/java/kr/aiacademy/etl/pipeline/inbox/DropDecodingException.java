package kr.aiacademy.etl.pipeline.inbox;

import kr.aiacademy.etl.pipeline.feed.RejectedFileException;

/**
 * The bytes of a drop kept compressed, as delivered, could not be decoded to their end (corrupt or truncated), or
 * decoding them passed an expansion limit (a decompression bomb): found while the ingest reads them, it rejects the
 * whole drop. The message is the reason, one readable line.
 */
public final class DropDecodingException extends RejectedFileException {

    private static final long serialVersionUID = 1L;

    DropDecodingException(DropRejectedException rejection) {
        super(rejection.getMessage(), rejection);
    }
}
