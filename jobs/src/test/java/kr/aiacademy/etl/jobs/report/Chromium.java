package kr.aiacademy.etl.jobs.report;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket of java.net.http): opens a page at a
 * window size, and records every network request, console message, uncaught exception and browser log entry
 * (a Content-Security-Policy violation is one) while it loads.
 */
final class Chromium implements AutoCloseable {

    /** What a page did while it loaded, and what it showed. */
    record Visit(List<String> requests, List<String> errors, String text, String html, int chartsDrawn) {
    }

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> replies = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();

    private Chromium(Process process, WebSocket socket, Listener listener) {
        this.process = process;
        this.socket = socket;
        listener.owner = this;
    }

    static Chromium start(Path profile) throws Exception {
        Files.createDirectories(profile);
        Process process = new ProcessBuilder("chromium", "--headless", "--disable-gpu", "--no-sandbox",
                "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--remote-debugging-port=0", "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new IllegalStateException("chromium did not start (is Debian's chromium installed? .ci/run "
                        + "installs it): " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        List<String> lines = Files.readAllLines(portFile);
        Listener listener = new Listener();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + lines.get(0) + lines.get(1)), listener)
                .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return new Chromium(process, socket, listener);
    }

    /** Opens a page in a new tab of the given size, waits until it loaded, and shoots the whole page. */
    Visit visit(URI page, int width, int height, Path screenshot) throws Exception {
        String target = call(null, "Target.createTarget", Map.of("url", "about:blank")).get("targetId").asString();
        String session = call(null, "Target.attachToTarget", Map.of("targetId", target, "flatten", true))
                .get("sessionId").asString();
        for (String domain : List.of("Page", "Runtime", "Log", "Network")) {
            call(session, domain + ".enable", Map.of());
        }
        call(session, "Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
        int seen = events.size();
        call(session, "Page.navigate", Map.of("url", page.toString()));
        awaitEvent(session, "Page.loadEventFired", seen);
        String text = evaluate(session, "document.body.innerText");
        String html = evaluate(session, "document.documentElement.outerHTML");
        int charts = Integer.parseInt(evaluate(session,
                "String(Array.from(document.querySelectorAll('canvas')).filter(c => Chart.getChart(c)).length)"));
        String png = call(session, "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true))
                .get("data").asString();
        Files.createDirectories(screenshot.getParent());
        Files.write(screenshot, Base64.getDecoder().decode(png));
        List<String> requests = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (JsonNode event : since(seen)) {
            if (!session.equals(event.path("sessionId").asString(""))) {
                continue;
            }
            JsonNode params = event.path("params");
            switch (event.path("method").asString("")) {
                case "Network.requestWillBeSent" -> requests.add(params.path("request").path("url").asString());
                case "Runtime.exceptionThrown" -> errors.add("exception: " + params.path("exceptionDetails"));
                case "Runtime.consoleAPICalled" -> {
                    if (List.of("error", "warning", "assert").contains(params.path("type").asString())) {
                        errors.add("console." + params.path("type").asString() + ": " + params.path("args"));
                    }
                }
                case "Log.entryAdded" -> {
                    if (List.of("error", "warning").contains(params.path("entry").path("level").asString())) {
                        errors.add("log: " + params.path("entry").path("text").asString());
                    }
                }
                default -> { }
            }
        }
        call(null, "Target.closeTarget", Map.of("targetId", target));
        return new Visit(requests, errors, text, html, charts);
    }

    private String evaluate(String session, String expression) throws Exception {
        JsonNode result = call(session, "Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException(expression + " failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value").asString();
    }

    private JsonNode call(String session, String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        if (session != null) {
            message.put("sessionId", session);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        replies.put(id, reply);
        socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + " failed: " + answer.get("error"));
        }
        return answer.path("result");
    }

    /** The events from the given index on, as they are now (the socket's thread goes on adding to them). */
    private List<JsonNode> since(int from) {
        List<JsonNode> now = List.copyOf(events);
        return now.subList(from, now.size());
    }

    private void awaitEvent(String session, String method, int from) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode event : since(from)) {
                if (method.equals(event.path("method").asString("")) 
                        && session.equals(event.path("sessionId").asString(""))) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("no " + method + " within " + TIMEOUT);
    }

    private void receive(String text) {
        JsonNode message = JSON.readTree(text);
        if (message.has("id")) {
            CompletableFuture<JsonNode> reply = replies.remove(message.get("id").asInt());
            if (reply != null) {
                reply.complete(message);
            }
        } else {
            events.add(message);
        }
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        // the browser and every process it started (renderers, utilities, the crash handler), all gone before the
        // caller removes the profile folder: one left behind still writes there while it is deleted
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        for (ProcessHandle member : tree) {
            member.destroy();
        }
        for (ProcessHandle member : tree) {
            try {
                member.onExit().get(10, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                member.destroyForcibly();
                member.onExit().get(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Collects the text frames of each message and hands the whole message on. */
    private static final class Listener implements WebSocket.Listener {

        private final StringBuilder partial = new StringBuilder();
        private volatile Chromium owner;

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                owner.receive(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
