package kr.aiacademy.etl.jobs.nightly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.compress.compressors.CompressorStreamFactory;

/**
 * The invariant every drop test checks after every run: for every loaded drop, rows loaded + rows rejected =
 * records in the file, and the recorded digest is the digest of the bytes landed (for a drop of one file, plain or
 * compressed, its landed copy is the delivered file). Records are counted here independently of the pipeline's readers: CSV by its quoting (a quote left open
 * makes every following line a record of its own, as the contract asks), JSON Lines by non-blank lines, a JSON
 * array by its top-level elements.
 */
public final class DropInvariants {

    private DropInvariants() {
    }

    /** Checks the ledger of the data directory against its landed copies. */
    public static void hold(Path dataDir) throws Exception {
        List<LoadedDrop> drops = loadedDrops(dataDir);
        for (LoadedDrop drop : drops) {
            Path landing = dataDir.resolve("landing").resolve(drop.feed()).resolve(drop.sha256());
            List<Path> files;
            try (Stream<Path> walk = Files.walk(landing)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            long records = 0;
            for (Path file : files) {
                records += records(file);
            }
            assertThat(drop.rowsLoaded() + drop.rowsRejected())
                    .as("rows loaded + rejected of %s/%s = records in its file(s)", drop.feed(), drop.name())
                    .isEqualTo(records);
            if (isOneFile(drop.name())) {
                assertThat(files).hasSize(1);
                assertThat(sha256(files.get(0))).as("digest of the landed bytes of %s", drop.name())
                        .isEqualTo(drop.sha256());
            }
        }
    }

    private record LoadedDrop(String feed, String name, String sha256, long rowsLoaded, long rowsRejected) {
    }

    private static List<LoadedDrop> loadedDrops(Path dataDir) throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("state/metadata") + ";AUTO_SERVER=TRUE;IFEXISTS=TRUE";
        List<LoadedDrop> drops = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select feed, drop_name, sha256, rows_loaded, rows_rejected "
                        + "from etl_drop_ledger where status = 'LOADED' order by drop_id")) {
            while (rs.next()) {
                drops.add(new LoadedDrop(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getLong(5)));
            }
        }
        return drops;
    }

    private static boolean isOneFile(String dropName) {
        String lower = dropName.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|bz2|xz)$", "");
        return lower.endsWith(".csv") || lower.endsWith(".jsonl") || lower.endsWith(".json");
    }

    /** The data of a landed file, decompressed where it was landed compressed (by Commons Compress, by its name). */
    private static byte[] data(Path file) throws Exception {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.matches(".*\\.(gz|bz2|xz)$")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new CompressorStreamFactory(true).createCompressorInputStream(
                new BufferedInputStream(Files.newInputStream(file)))) {
            return in.readAllBytes();
        }
    }

    /** Records of one data file, counted from its bytes. */
    static long records(Path file) throws Exception {
        byte[] bytes = data(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|bz2|xz)$", "");
        if (name.endsWith(".csv")) {
            return csvRecords(bytes);
        }
        int first = startsWithBom(bytes) ? 3 : 0;
        while (first < bytes.length && Character.isWhitespace(bytes[first])) {
            first++;
        }
        return first < bytes.length && bytes[first] == '[' ? arrayElements(bytes, first) : nonBlankLines(bytes, 0);
    }

    /** Records after the header: a line end outside quotes ends a record; an unclosed quote, every line after. */
    private static long csvRecords(byte[] bytes) {
        long records = 0;
        boolean quoted = false;
        boolean content = false;
        int recordStart = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '"') {
                quoted = !quoted;
            }
            if (b == '\n' && !quoted) {
                records += content ? 1 : 0;
                content = false;
                recordStart = i + 1;
            } else if (b != '\r' && b != '\n') {
                content = true;
            }
        }
        if (quoted) {
            records += nonBlankLines(bytes, recordStart);
        } else if (content) {
            records++;
        }
        return records - 1; // the header row
    }

    private static long nonBlankLines(byte[] bytes, int from) {
        long lines = 0;
        boolean content = false;
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                lines += content ? 1 : 0;
                content = false;
            } else if (!Character.isWhitespace(bytes[i])) {
                content = true;
            }
        }
        return lines + (content ? 1 : 0);
    }

    /** Top-level elements of a JSON array: commas at depth one outside strings, plus one if not empty. */
    private static long arrayElements(byte[] bytes, int open) {
        long elements = 0;
        boolean any = false;
        boolean string = false;
        int depth = 0;
        for (int i = open; i < bytes.length; i++) {
            byte b = bytes[i];
            if (string) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    string = false;
                }
                continue;
            }
            if (b == '"') {
                string = true;
            } else if (b == '[' || b == '{') {
                depth++;
            } else if (b == ']' || b == '}') {
                depth--;
            } else if (b == ',' && depth == 1) {
                elements++;
            }
            if (depth >= 1 && !Character.isWhitespace(b) && !(depth == 1 && (b == '[' || b == ','))) {
                any = true;
            }
        }
        return any ? elements + 1 : 0;
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
