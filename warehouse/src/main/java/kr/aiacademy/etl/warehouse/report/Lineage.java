package kr.aiacademy.etl.warehouse.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kr.aiacademy.etl.warehouse.build.SqlScript;
import kr.aiacademy.etl.warehouse.build.WarehouseBuilder;

/**
 * Where each table and view of the build comes from, read from the build's own SQL files: the target a file
 * creates, the relations its {@code from} and {@code join} clauses name (CTE names and words in string literals
 * are not relations of the build, so they drop out), its header comment (the grain), and for the input tables the
 * lake folder or store they are loaded from. Nothing here is kept by hand.
 */
record Lineage(Map<String, Model> models) {

    /** One SQL file: its target, its layer (the folder: staging, intermediate, dims, facts, audit, kpi, …). */
    record Model(String name, String layer, String file, String grain, Set<String> reads, String input) {
    }

    private static final Pattern TARGET = Pattern.compile(
            "create\\s+(?:or\\s+replace\\s+)?(?:temp\\s+|temporary\\s+)?(?:table|view)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");

    static Lineage ofBuild() {
        Map<String, Model> models = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        Map<String, String> inputs = WarehouseBuilder.inputs();
        for (String file : WarehouseBuilder.sqlFiles()) {
            SqlScript script = SqlScript.load(file);
            for (String statement : script.statements()) {
                String body = LITERAL.matcher(statement).replaceAll("''");
                Matcher target = TARGET.matcher(body);
                if (!target.lookingAt()) {
                    continue; // macros, comments, inserts: no relation
                }
                String name = target.group(1).toLowerCase(Locale.ROOT);
                bodies.put(name, body.substring(target.end()));
                models.put(name, new Model(name, file.substring(0, file.indexOf('/')), "sql/" + file,
                        grain(script.text()), new LinkedHashSet<>(), inputs.get(name)));
            }
        }
        bodies.forEach((name, body) -> {
            Matcher reference = REFERENCE.matcher(body);
            while (reference.find()) {
                String read = reference.group(1).toLowerCase(Locale.ROOT);
                if (models.containsKey(read) && !read.equals(name)) {
                    models.get(name).reads().add(read);
                }
            }
        });
        return new Lineage(models);
    }

    /** Everything a relation is built from, nearest first, each once. */
    List<Model> upstream(String name) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(List.of(name));
        while (!queue.isEmpty()) {
            Model model = models.get(queue.remove(0));
            if (model == null) {
                continue;
            }
            for (String read : model.reads()) {
                if (seen.add(read)) {
                    queue.add(read);
                }
            }
        }
        return seen.stream().map(models::get).toList();
    }

    /** The relations that read this one directly. */
    List<String> readers(String name) {
        return models.values().stream().filter(m -> m.reads().contains(name)).map(Model::name).toList();
    }

    /** The header comment of a model file, without its key declarations. */
    private static String grain(String text) {
        StringBuilder grain = new StringBuilder();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (!trimmed.startsWith("--")) {
                break;
            }
            String comment = trimmed.substring(2).strip();
            if (!comment.startsWith("primary key:") && !comment.startsWith("foreign key:")) {
                grain.append(grain.length() == 0 ? "" : " ").append(comment);
            }
        }
        return grain.toString();
    }
}
