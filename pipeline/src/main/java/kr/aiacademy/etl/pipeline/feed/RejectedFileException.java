package kr.aiacademy.etl.pipeline.feed;

import java.io.IOException;

/**
 * A data file that cannot be read as a whole — its compressed bytes are corrupt, it expands past a limit, it is not
 * in its feed's charset — found while its records are read: the whole drop is rejected (its rows already read are
 * not loaded). The message is the reason, one readable line naming the file.
 */
public class RejectedFileException extends IOException {

    private static final long serialVersionUID = 1L;

    public RejectedFileException(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** The rejection among the causes of a failure of a reader (e.g. wrapped by a parser), or null. */
    public static RejectedFileException in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RejectedFileException rejected) {
                return rejected;
            }
        }
        return null;
    }
}
