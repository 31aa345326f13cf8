package kr.aiacademy.etl.pipeline.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes JSON for the demo feeds: one compact object per line (JSON Lines) or a JSON array with one element
 * per line, always {@code \n} line ends and UTF-8, fields in insertion order, so the bytes never depend on
 * the platform.
 */
final class JsonLines {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonLines() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** One compact line, without its line end. */
    static String line(JsonNode node) {
        return MAPPER.writeValueAsString(node);
    }

    /** JSON Lines: every node on its own line, each line ended by {@code \n}. */
    static byte[] lines(List<? extends JsonNode> nodes) {
        StringBuilder text = new StringBuilder();
        for (JsonNode node : nodes) {
            text.append(line(node)).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One JSON array, an element per line. */
    static byte[] array(List<? extends JsonNode> nodes) {
        StringBuilder text = new StringBuilder("[\n");
        for (int i = 0; i < nodes.size(); i++) {
            text.append("  ").append(line(nodes.get(i))).append(i + 1 < nodes.size() ? ",\n" : "\n");
        }
        return text.append("]\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** {@code 3000000} as {@code "3,000,000"}. */
    static String grouped(long won) {
        return String.format(Locale.ROOT, "%,d", won);
    }

    /** {@code 3000000} as {@code "3,000,000원"}. */
    static String wonText(long won) {
        return grouped(won) + "원";
    }
}
