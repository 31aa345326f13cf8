package kr.aiacademy.etl.warehouse.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The models of the build: every {@code .sql} file in a model folder of the class path (any jar or folder may add
 * some), in the order the build runs them. A model runs after every model it reads (the {@code from} and
 * {@code join} clauses naming another model) or its foreign keys reference, the input tables first; ties go by folder, then by name. Nothing
 * is listed by hand.
 */
public final class Models {

    /** The model folders, in the order ties are broken. */
    public static final List<String> FOLDERS = List.of("staging", "intermediate", "dims", "facts", "audit", "kpi",
            "history");

    private static final Pattern TARGET = Pattern.compile(
            "create\\s+(?:or\\s+replace\\s+)?(?:temp\\s+|temporary\\s+)?(table|view)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile("'(?:[^']|'')*'");

    private Models() {
    }

    /** The models found per class loader: the class path does not change while a process runs. */
    private static final Map<ClassLoader, List<Model>> DISCOVERED = Collections.synchronizedMap(new WeakHashMap<>());

    /**
     * Every model of the class path, in build order: read and ordered once per class loader (the up-to-date check,
     * the build, the quality gate and the data docs of a run all ask).
     */
    public static List<Model> discover() {
        return DISCOVERED.computeIfAbsent(SqlScript.classLoader(), loader -> {
            List<SqlScript> scripts = new ArrayList<>();
            for (String folder : FOLDERS) {
                resources(folder).forEach(resource -> scripts.add(SqlScript.load(resource)));
            }
            return List.copyOf(ordered(scripts));
        });
    }

    /** These model files, in build order; a cycle of reads is an error naming it. */
    static List<Model> ordered(List<SqlScript> scripts) {
        Map<String, SqlScript> byName = new HashMap<>();
        scripts.forEach(script -> {
            if (byName.put(name(script), script) != null) {
                throw new IllegalStateException("two model files are named " + name(script) + ".sql");
            }
        });
        Map<String, Model> models = new HashMap<>();
        scripts.forEach(script -> models.put(name(script), model(script, byName.keySet())));
        Comparator<Model> ties = Comparator.comparing((Model m) -> !m.isInput())
                .thenComparing(m -> FOLDERS.indexOf(m.folder())).thenComparing(Model::name);
        TreeSet<Model> ready = new TreeSet<>(ties);
        Map<String, Set<String>> waiting = new HashMap<>();
        models.values().forEach(m -> {
            waiting.put(m.name(), new LinkedHashSet<>(m.reads()));
            if (m.reads().isEmpty()) {
                ready.add(m);
            }
        });
        List<Model> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            Model next = ready.pollFirst();
            order.add(next);
            waiting.remove(next.name());
            waiting.forEach((name, reads) -> {
                if (reads.remove(next.name()) && reads.isEmpty()) {
                    ready.add(models.get(name));
                }
            });
        }
        if (!waiting.isEmpty()) {
            throw new IllegalStateException("the models read one another in a cycle: " + cycle(waiting));
        }
        checkInputsFirst(order);
        return List.copyOf(order);
    }

    /** An input table is created before the load, so it cannot read a model built after it. */
    private static void checkInputsFirst(List<Model> order) {
        for (Model model : order) {
            if (model.isInput()) {
                model.reads().stream().filter(read -> order.stream().anyMatch(m -> m.name().equals(read)
                        && !m.isInput())).findFirst().ifPresent(read -> {
                            throw new IllegalStateException("sql/" + model.script().resource() + " is an input "
                                    + "table but reads " + read + ", which is built after the load");
                        });
            }
        }
    }

    /** One cycle among the models still waiting, as {@code a -> b -> a}. */
    private static String cycle(Map<String, Set<String>> waiting) {
        List<String> path = new ArrayList<>();
        String current = Collections.min(waiting.keySet());
        while (!path.contains(current)) {
            path.add(current);
            current = waiting.get(current).stream().filter(waiting::containsKey).sorted().findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(path.indexOf(current), path.size()));
        cycle.add(current);
        return String.join(" -> ", cycle);
    }

    private static Model model(SqlScript script, Set<String> names) {
        String name = name(script);
        String folder = script.resource().substring(0, script.resource().indexOf('/'));
        String body = LITERAL.matcher(String.join("\n", script.statements())).replaceAll("''");
        Matcher target = TARGET.matcher(body.strip());
        if (!target.lookingAt() || !target.group(2).equalsIgnoreCase(name)) {
            throw new IllegalStateException("sql/" + script.resource() + " must begin with 'create table " + name
                    + "' or 'create view " + name + "' (a model creates the relation its file is named after)");
        }
        Set<String> reads = new TreeSet<>();
        Matcher reference = REFERENCE.matcher(body);
        while (reference.find()) {
            String read = reference.group(1).toLowerCase(Locale.ROOT);
            if (names.contains(read) && !read.equals(name)) {
                reads.add(read);
            }
        }
        ModelHeader header = ModelHeader.parse(script.resource(), name, script.text());
        header.foreignKeys().stream().map(ForeignKey::table).filter(names::contains).forEach(reads::add);
        return new Model(inSchema(script, name, header.schema()), name, folder,
                target.group(1).toLowerCase(Locale.ROOT), header, reads);
    }

    /** The script with the relation it creates named in its schema, when that is not main. */
    private static SqlScript inSchema(SqlScript script, String name, String schema) {
        if (schema.equals(ModelHeader.MAIN)) {
            return script;
        }
        Matcher create = Pattern.compile("(create\\s+(?:or\\s+replace\\s+)?(?:table|view)\\s+)" + name + "\\b",
                Pattern.CASE_INSENSITIVE).matcher(script.text());
        if (!create.find() || Pattern.compile("\\btemp(orary)?\\b", Pattern.CASE_INSENSITIVE)
                .matcher(create.group(1)).find()) {
            throw new IllegalStateException("sql/" + script.resource() + " is kept in the schema " + schema
                    + ", so it must create a table (not a temp table) " + name);
        }
        return new SqlScript(script.resource(), create.replaceFirst("$1" + schema + "." + name));
    }

    private static String name(SqlScript script) {
        String file = script.resource().substring(script.resource().lastIndexOf('/') + 1);
        return file.substring(0, file.length() - ".sql".length());
    }

    /**
     * The {@code .sql} files of one folder of {@code sql/} in every jar and directory of the class path (as the
     * thread's context class loader sees it, like the feed registry).
     */
    private static Set<String> resources(String folder) {
        Set<String> resources = new TreeSet<>();
        try {
            for (URL url : Collections.list(SqlScript.classLoader().getResources("sql/" + folder))) {
                if (url.getProtocol().equals("file")) {
                    try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
                        files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".sql"))
                                .forEach(f -> resources.add(folder + "/" + f));
                    }
                } else if (url.openConnection() instanceof JarURLConnection jar) {
                    String prefix = "sql/" + folder + "/";
                    jar.getJarFile().stream().map(e -> e.getName()).filter(e -> e.startsWith(prefix)
                            && e.endsWith(".sql") && e.indexOf('/', prefix.length()) < 0)
                            .forEach(e -> resources.add(e.substring("sql/".length())));
                } else {
                    throw new IllegalStateException("cannot list the models in " + url);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("listing the models of sql/" + folder + " failed", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("listing the models of sql/" + folder + " failed: " + e.getMessage(), e);
        }
        return resources;
    }
}
