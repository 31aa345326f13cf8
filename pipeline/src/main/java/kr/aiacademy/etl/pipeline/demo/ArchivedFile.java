package kr.aiacademy.etl.pipeline.demo;

/** An entry to put in an archive: a file with its bytes, or a folder when {@code content} is {@code null}. */
record ArchivedFile(String name, byte[] content) {

    static ArchivedFile folder(String name) {
        return new ArchivedFile(name.endsWith("/") ? name : name + "/", null);
    }

    boolean isFolder() {
        return content == null;
    }
}
