package kr.aiacademy.etl.pipeline.inbox;

import kr.aiacademy.etl.pipeline.privacy.Echo;

/**
 * A drop was refused. The message is the reason: one readable line, safe to show an operator (a value shaped like
 * personal data, e.g. from a header that is really a data row, is masked).
 */
public final class DropRejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    public DropRejectedException(String reason) {
        super(Echo.text(oneLine(reason)));
    }

    public DropRejectedException(String reason, Throwable cause) {
        super(Echo.text(oneLine(reason)), cause);
    }

    /** Replaces line breaks and other control characters (e.g. from hostile entry names) by '?'. */
    private static String oneLine(String reason) {
        if (reason == null) {
            return "drop rejected";
        }
        StringBuilder sb = new StringBuilder(reason.length());
        reason.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.toString();
    }
}
