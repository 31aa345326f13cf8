package kr.aiacademy.etl.pipeline.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionsTest {

    private static final List<Integer> CODES =
            List.of(11, 26, 27, 28, 29, 30, 31, 36, 41, 43, 44, 46, 47, 48, 50, 51, 52);

    private static int code(String spelling) {
        return Regions.resolve(spelling).map(Region::code).orElse(-1);
    }

    @Test
    void allListsTheSeventeenRegionsByCode() {
        assertThat(Regions.all()).extracting(Region::code).containsExactlyElementsOf(CODES);
        assertThat(Regions.all()).contains(new Region(29, "광주광역시", "Gwangju"),
                new Region(51, "강원특별자치도", "Gangwon"), new Region(52, "전북특별자치도", "Jeonbuk"),
                new Region(50, "제주특별자치도", "Jeju"), new Region(36, "세종특별자치시", "Sejong"));
    }

    @Test
    void everyRegionIsReachableFromItsNamesAndCode() {
        Set<Integer> reached = new TreeSet<>();
        for (Region r : Regions.all()) {
            assertThat(Regions.resolve(r.nameKo())).contains(r);
            assertThat(Regions.resolve(r.nameEn())).contains(r);
            assertThat(Regions.resolve(r.nameEn().toUpperCase())).contains(r);
            assertThat(Regions.resolve(Integer.toString(r.code()))).contains(r);
            reached.add(Regions.resolve(r.nameKo()).orElseThrow().code());
        }
        assertThat(reached).containsExactlyElementsOf(CODES);
    }

    @ParameterizedTest
    @CsvSource({"서울,11", "부산,26", "대구,27", "인천,28", "광주,29", "대전,30", "울산,31", "세종,36", "경기,41",
        "강원,51", "충북,43", "충남,44", "전북,52", "전남,46", "경북,47", "경남,48", "제주,50"})
    void resolvesShortKorean(String spelling, int code) {
        assertThat(code(spelling)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"서울특별시,11", "부산광역시,26", "대구광역시,27", "인천광역시,28", "광주광역시,29", "대전광역시,30",
        "울산광역시,31", "세종특별자치시,36", "경기도,41", "강원특별자치도,51", "충청북도,43", "충청남도,44",
        "전북특별자치도,52", "전라남도,46", "경상북도,47", "경상남도,48", "제주특별자치도,50", "서울 특별시,11"})
    void resolvesFullKorean(String spelling, int code) {
        assertThat(code(spelling)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"서울시,11", "부산시,26", "대구시,27", "인천시,28", "광주시,29", "대전시,30", "울산시,31", "세종시,36"})
    void resolvesCityWithSi(String spelling, int code) {
        assertThat(code(spelling)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"강원도,51", "전라북도,52", "제주도,50"})
    void resolvesOldOfficialNames(String spelling, int code) {
        assertThat(code(spelling)).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"광주", "광주광역시", "광주시", "Gwangju", "gwangju", "GWANGJU", " 광주 ", "29",
        "Gwangju Metropolitan City", "Gwangju-si", "Gwangju City", "Kwangju", "gwangju_metropolitan.city"})
    void resolvesGwangju(String spelling) {
        assertThat(code(spelling)).isEqualTo(29);
    }

    @ParameterizedTest
    @CsvSource({"Seoul,11", "Busan,26", "Daegu,27", "Incheon,28", "Gwangju,29", "Daejeon,30", "Ulsan,31",
        "Sejong,36", "Gyeonggi,41", "Gangwon,51", "Chungbuk,43", "Chungnam,44", "Jeonbuk,52", "Jeonnam,46",
        "Gyeongbuk,47", "Gyeongnam,48", "Jeju,50", "seoul,11", "JEJU,50"})
    void resolvesEnglishShortNamesIgnoringCase(String spelling, int code) {
        assertThat(code(spelling)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"Seoul Special City,11", "Seoul-si,11", "Seoul City,11", "Busan Metropolitan City,26",
        "Daegu-si,27", "Incheon Metropolitan City,28", "Gwangju Metropolitan City,29", "Daejeon City,30",
        "Ulsan Metropolitan City,31", "Sejong City,36", "Sejong Special Self-Governing City,36",
        "Gyeonggi-do,41", "Gyeonggi Province,41", "Gangwon-do,51", "Gangwon State,51", "Jeju-do,50",
        "Jeju Special Self-Governing Province,50", "Jeonbuk State,52", "GYEONGGI DO,41", "gangwon_state,51"})
    void resolvesEnglishWithSuffixes(String spelling, int code) {
        assertThat(code(spelling)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"Chungcheongbuk-do,43", "Chungcheongnam-do,44", "Jeollabuk-do,52", "Jeollanam-do,46",
        "Gyeongsangbuk-do,47", "Gyeongsangnam-do,48", "chungcheongbukdo,43", "Jeollanam do,46"})
    void resolvesRomanizedProvinceNames(String spelling, int code) {
        assertThat(code(spelling)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"North Chungcheong,43", "South Chungcheong,44", "North Jeolla,52", "South Jeolla,46",
        "North Gyeongsang,47", "South Gyeongsang,48", "north-jeolla,52", "SOUTH GYEONGSANG PROVINCE,48"})
    void resolvesEnglishDescriptiveNames(String spelling, int code) {
        assertThat(code(spelling)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"Kwangju,29", "Pusan,26", "Taegu,27", "Inchon,28", "Taejon,30", "Cheju,50", "PUSAN,26"})
    void resolvesOlderRomanizations(String spelling, int code) {
        assertThat(code(spelling)).isEqualTo(code);
    }

    @ParameterizedTest
    @CsvSource({"11,11", "29,29", "36,36", "50,50", "51,51", "52,52", "42,51", "45,52", "' 41 ',41"})
    void resolvesNumericAndLegacyCodes(String spelling, int code) {
        assertThat(code(spelling)).isEqualTo(code);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Mars", "화성", "   ", "-", "99", "00", "광", "Gwangju Mars", "서울광주", "Korea"})
    void unknownIsEmpty(String spelling) {
        assertThat(Regions.resolve(spelling)).isEmpty();
    }
}
