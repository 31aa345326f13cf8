package kr.aiacademy.etl.jobs.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A program in a real terminal: a tmux session of a given size on a server of its own, typed into with
 * {@code send-keys} and read with {@code capture-pane}, as a person at a terminal would use it.
 */
final class Tmux implements AutoCloseable {

    private final String socket = "etl-test-" + UUID.randomUUID();
    private final String session = "shell";

    /** Starts the command in a terminal of {@code width} × {@code height} with the extra environment. */
    Tmux(List<String> command, Map<String, String> environment, int width, int height) throws Exception {
        List<String> line = new ArrayList<>(List.of("env"));
        environment.forEach((name, value) -> line.add(name + "=" + value));
        line.addAll(command);
        tmux("new-session", "-d", "-s", session, "-x", Integer.toString(width), "-y", Integer.toString(height),
                line.stream().map(Tmux::quoted).collect(Collectors.joining(" ")));
        tmux("set-option", "-t", session, "remain-on-exit", "on");
    }

    /** Types text as it is (no key names). */
    void type(String text) throws Exception {
        // tmux takes an argument ending in ';' as the end of its command: escaped, it is typed
        tmux("send-keys", "-t", session, "-l", text.endsWith(";") ? text.substring(0, text.length() - 1) + "\\;" : text);
    }

    /** Presses keys by tmux's names: Enter, Up, Tab, C-c, C-d. */
    void press(String... keys) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("send-keys", "-t", session));
        arguments.addAll(List.of(keys));
        tmux(arguments.toArray(String[]::new));
    }

    /** The whole screen and its scroll-back, as text. */
    String screen() throws Exception {
        return tmux("capture-pane", "-p", "-J", "-S", "-1000", "-t", session);
    }

    /** Waits until the screen shows the text; fails with the screen when it does not in time. */
    String await(String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = screen();
        while (!screen.contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the terminal did not show '" + text + "' within " + timeout
                        + "; it shows:\n" + screen);
            }
            Thread.sleep(50);
            screen = screen();
        }
        return screen;
    }

    /** Waits until the program in the terminal has ended; true if it did in time. */
    boolean awaitExit(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (tmux("display-message", "-p", "-t", session, "#{pane_dead}").strip().equals("1")) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Override
    public void close() throws Exception {
        tmux("kill-server");
    }

    private String tmux(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("tmux " + String.join(" ", arguments) + " did not end");
        }
        if (process.exitValue() != 0 && !arguments[0].equals("kill-server")) {
            throw new IOException("tmux " + String.join(" ", arguments) + " failed: " + output);
        }
        return output;
    }

    private static String quoted(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
