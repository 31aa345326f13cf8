package kr.aiacademy.etl.warehouse.kpi;

/** One KPI extract: written as {@code <name>.csv} and {@code <name>.parquet} from a query of the warehouse. */
public record Extract(String name, String query) {

    /** The whole of a view. */
    public static Extract view(String view) {
        return new Extract(view, "select * from " + view);
    }
}
