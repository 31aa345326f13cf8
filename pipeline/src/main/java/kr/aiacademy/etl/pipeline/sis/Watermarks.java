package kr.aiacademy.etl.pipeline.sis;

import java.time.LocalDateTime;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Per source, the latest change already pulled; kept in the metadata database beside the drop ledger. */
public final class Watermarks {

    private final JdbcClient jdbc;

    public Watermarks(DataSource metadata) {
        this.jdbc = JdbcClient.create(metadata);
    }

    public Optional<LocalDateTime> get(String source) {
        return jdbc.sql("select watermark from etl_watermark where source = ?").param(source)
                .query(LocalDateTime.class).optional();
    }

    public void put(String source, LocalDateTime watermark) {
        LocalDateTime now = LocalDateTime.now();
        int updated = jdbc.sql("update etl_watermark set watermark = ?, updated_at = ? where source = ?")
                .params(watermark, now, source).update();
        if (updated == 0) {
            jdbc.sql("insert into etl_watermark (source, watermark, updated_at) values (?, ?, ?)")
                    .params(source, watermark, now).update();
        }
    }
}
