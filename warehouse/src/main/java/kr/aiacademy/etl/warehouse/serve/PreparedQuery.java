package kr.aiacademy.etl.warehouse.serve;

import java.util.List;
import org.apache.arrow.vector.types.pojo.Schema;

/** A query a client prepared: its text, result and parameter schemas, and the parameter values last bound. */
record PreparedQuery(String sql, Schema dataset, Schema parameters, List<Object> values) {

    PreparedQuery bind(List<Object> newValues) {
        return new PreparedQuery(sql, dataset, parameters, List.copyOf(newValues));
    }
}
