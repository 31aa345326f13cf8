package kr.aiacademy.etl.warehouse.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void writesFiguresAsTheContractDoes() {
        assertThat(Figures.ratio(new BigDecimal("5.80"))).isEqualTo("5.80");
        assertThat(Figures.ratio(new BigDecimal("3.375"))).isEqualTo("3.38");
        assertThat(Figures.count(155L)).isEqualTo("155");
        assertThat(Figures.count(1120L)).isEqualTo("1,120");
        assertThat(Figures.count(28_000_000L)).isEqualTo("28,000,000");
        assertThat(Figures.count(22_580_645L)).isEqualTo("22,580,645");
        assertThat(Figures.percent(new BigDecimal("0.8387"))).isEqualTo("83.9 %");
        assertThat(Figures.percent(new BigDecimal("0.4710"))).isEqualTo("47.1 %");
        assertThat(Figures.percent(new BigDecimal("0.0005"))).isEqualTo("0.1 %");
        assertThat(Figures.percentValue(new BigDecimal("0.8387"))).isEqualTo("83.87");
    }

    @Test
    void showsAMissingFigureAsADash() {
        assertThat(Figures.count(null)).isEqualTo("–");
        assertThat(Figures.ratio(null)).isEqualTo("–");
        assertThat(Figures.percent(null)).isEqualTo("–");
        assertThat(Figures.percentValue(null)).isEmpty();
        assertThat(Figures.plain(null)).isEmpty();
    }
}
