package kr.aiacademy.etl.jobs.cli;

/** Error messages for people: the first line of the innermost meaningful message, no stack trace. */
final class Messages {

    private Messages() {
    }

    static String firstLine(Throwable failure) {
        Throwable current = failure;
        String message = current.getMessage();
        while ((message == null || message.isBlank()) && current.getCause() != null) {
            current = current.getCause();
            message = current.getMessage();
        }
        if (message == null || message.isBlank()) {
            return current.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message.strip() : message.substring(0, newline).strip();
    }
}
