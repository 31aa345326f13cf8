package kr.aiacademy.etl.pipeline.feed;

import java.nio.charset.CharacterCodingException;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/** Malformed-record reasons for errors of the JSON parser. */
final class JsonErrors {

    private JsonErrors() {
    }

    /**
     * What is wrong and where: invalid UTF-8, or the kind of JSON error and its position ({@code where} tells it,
     * as text following the kind, from the parser's location); never content.
     */
    static String why(JacksonException e, Function<TokenStreamLocation, String> where) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CharacterCodingException) {
                return "bytes that are not valid UTF-8";
            }
        }
        String kind = e instanceof UnexpectedEndOfInputException ? "unexpected end of input"
                : e instanceof StreamConstraintsException ? "nesting, text or number beyond the parser's limits"
                : "syntax error";
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            return "not valid JSON (" + kind + ")";
        }
        return "not valid JSON (" + kind + where.apply(at) + ")";
    }
}
