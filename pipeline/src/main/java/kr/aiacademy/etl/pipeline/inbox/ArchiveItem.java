package kr.aiacademy.etl.pipeline.inbox;

/**
 * One entry of an archive, as far as unpacking cares.
 *
 * @param name         the entry name as stored in the archive
 * @param directory    a directory entry
 * @param link         a symbolic or hard link
 * @param regularFile  a regular file (not a device, fifo, anti-item, ...)
 * @param declaredSize the size the archive claims, or -1 when unknown
 */
record ArchiveItem(String name, boolean directory, boolean link, boolean regularFile, long declaredSize) {

    ArchiveItem {
        name = name == null ? "" : name;
    }
}
