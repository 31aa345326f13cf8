package kr.aiacademy.etl.warehouse.build;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Given enrollment versions of many people, expect their home-region periods keyed by their natural key. */
class DimTraineeTest {

    @Test
    void periodsAreKeyedByPersonStartAndRegionWhateverElseIsInTheBuild() throws Exception {
        try (ModelFixture model = new ModelFixture()) {
            // 60,000 people (pseudonyms spread over all 4,096 ranges of three hex digits), every third moving once
            model.given("stg_enrollment", """
                    select unhex(sha256(person::varchar)) as person_key, 1990 + person % 10 as birth_year,
                        'F' as sex, case when person % 3 = 0 and version = 2 then 11 else 29 end as home_region_code,
                        timestamp '2024-01-01' + to_days(version::int) as updated_at
                    from range(60000) as p(person), range(1, 3) as v(version)""")
                    .run("dims/dim_trainee.sql");

            assertThat(model.rows("select count(*), count(distinct left(person_pseudonym, 3)) from dim_trainee "
                    + "where trainee_key <> -1")).containsExactly("80000|4096");
            assertThat(model.rows("""
                    select count(*) from dim_trainee
                    where trainee_key <> surrogate_key((person_pseudonym, valid_from, region_key))
                        or trainee_key < 0""")).as("a 63-bit hash of the natural key").containsExactly("1");
            assertThat(model.rows("select count(distinct trainee_key) from dim_trainee")).containsExactly("80001");
            assertThat(model.rows("select valid_to is null, is_current, count(*) from dim_trainee "
                    + "where trainee_key <> -1 group by all order by all")).containsExactly("false|false|20000",
                    "true|true|60000");
            assertThat(model.rows("select trainee_key, region_key, is_current from dim_trainee where trainee_key = -1"))
                    .containsExactly("-1|-1|true");
        }
    }

    @Test
    void aPersonsPeriodsKeepTheirKeysWhenOtherPeopleAndLaterVersionsArrive() throws Exception {
        String versions = """
                select unhex(sha256(person::varchar)) as person_key, 1990 as birth_year, 'F' as sex,
                    home_region_code, timestamp '2024-01-01' + to_days(version::int) as updated_at
                from (values (1, 1, 29), (1, 2, 11), (2, 1, 29)) as v (person, version, home_region_code)""";
        try (ModelFixture before = new ModelFixture(); ModelFixture after = new ModelFixture()) {
            before.given("stg_enrollment", versions).run("dims/dim_trainee.sql");
            after.given("stg_enrollment", versions + """
                     union all
                    select unhex(sha256(person::varchar)), 1990, 'F', 46, timestamp '2024-01-01' + to_days(3)
                    from range(3, 1000) as p(person)
                     union all
                    select unhex(sha256('1')), 1990, 'F', 46, timestamp '2024-01-04'""").run("dims/dim_trainee.sql");

            String query = "select trainee_key, person_pseudonym, valid_from, region_key from dim_trainee "
                    + "where person_pseudonym in (lower(sha256('1')), lower(sha256('2'))) order by all";
            assertThat(before.rows(query)).hasSize(3);
            assertThat(after.rows(query)).hasSize(4).containsAll(before.rows(query));
        }
    }
}
