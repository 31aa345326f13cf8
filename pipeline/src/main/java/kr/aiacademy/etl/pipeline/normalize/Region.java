package kr.aiacademy.etl.pipeline.normalize;

/**
 * A first-level administrative region (시·도).
 *
 * @param code   the two-digit administrative code (11 Seoul … 52 Jeonbuk)
 * @param nameKo the official full Korean name, e.g. {@code 광주광역시}
 * @param nameEn the short English name, e.g. {@code Gwangju}
 */
public record Region(int code, String nameKo, String nameEn) {
}
