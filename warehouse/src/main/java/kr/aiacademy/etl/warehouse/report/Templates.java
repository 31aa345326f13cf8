package kr.aiacademy.etl.warehouse.report;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The HTML templates of {@code report/} (Mustache: every value is HTML-escaped unless a template says otherwise,
 * which only the inlined styles and scripts do) and the charting library inlined into the page.
 */
final class Templates {

    private static final String CHART_JS_POM = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .withLoader(name -> reader("/report/" + name))
            .escapeHTML(true)
            .emptyStringIsFalse(true);

    private Templates() {
    }

    static Template template(String name) {
        try (Reader reader = reader("/report/" + name + ".mustache")) {
            return COMPILER.compile(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Chart.js, the minified UMD build of the npm package (WebJars), without its source-map comment: the page
     * must never ask for another file.
     */
    static String chartJs() {
        Properties pom = new Properties();
        try (InputStream in = resource(CHART_JS_POM)) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String script = text("/META-INF/resources/webjars/chart.js/" + pom.getProperty("version")
                + "/dist/chart.umd.min.js");
        return script.replaceAll("//# sourceMappingURL=\\S*", "");
    }

    static String text(String resource) {
        try (InputStream in = resource(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader reader(String resource) {
        return new InputStreamReader(resource(resource), StandardCharsets.UTF_8);
    }

    private static InputStream resource(String resource) {
        InputStream in = Templates.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        return in;
    }
}
