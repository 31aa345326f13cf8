package kr.aiacademy.etl.warehouse.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kr.aiacademy.etl.warehouse.build.Models;

/**
 * Where each table and view of the build comes from, read from the build's own models ({@link Models}): the
 * models each one reads, its grain and, for the input tables, the lake folder or store they are loaded from (the
 * {@code grain} and {@code input} of its header). Nothing here is kept by hand.
 */
record Lineage(Map<String, Model> models) {

    /** One SQL file: its target, its layer (the folder: staging, intermediate, dims, facts, audit, kpi, …). */
    record Model(String name, String layer, String file, String grain, Set<String> reads, String input) {
    }

    static Lineage ofBuild() {
        Map<String, Model> models = new LinkedHashMap<>();
        for (kr.aiacademy.etl.warehouse.build.Model model : Models.discover()) {
            models.put(model.name(), new Model(model.name(), model.folder(), "sql/" + model.script().resource(),
                    model.header().grain(), new LinkedHashSet<>(model.reads()), model.header().input()));
        }
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
}
