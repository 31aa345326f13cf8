package kr.aiacademy.etl.warehouse.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
                    select count(*) from (
                        select trainee_key,
                            row_number() over (order by (person_pseudonym, valid_from, region_key)) as expected
                        from dim_trainee
                        where trainee_key <> -1
                    ) where trainee_key <> expected""")).as("numbered in the order of the natural keys")
                    .containsExactly("0");
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
        try (ModelFixture model = new ModelFixture()) {
            model.given("stg_enrollment", """
                    select unhex(sha256(person::varchar)) as person_key, 1990 as birth_year, 'F' as sex,
                        home_region_code, timestamp '2024-01-01' + to_days(version::int) as updated_at
                    from (values (1, 1, 29), (1, 2, 11), (2, 1, 29)) as v (person, version, home_region_code)""")
                    .run("dims/dim_trainee.sql");
            String query = "select trainee_key, person_pseudonym, valid_from, region_key from dim_trainee "
                    + "where trainee_key <> -1 order by all";
            List<String> before = model.rows(query);

            model.given("more_versions", """
                    select unhex(sha256(person::varchar)) as person_key, 1990 as birth_year, 'F' as sex,
                        46 as home_region_code, timestamp '2024-01-04' as updated_at
                    from range(0, 1000) as p(person)""")
                    .run("dims/dim_trainee.sql", "drop table dim_trainee; insert into stg_enrollment select * from "
                            + "more_versions");

            assertThat(before).hasSize(3);
            List<String> after = model.rows(query);
            assertThat(after).hasSize(3 + 1000).containsAll(before);
            assertThat(model.rows("select min(trainee_key) from dim_trainee where trainee_key <> -1 and "
                    + "valid_from = timestamp '2024-01-04'")).as("new periods numbered after the others")
                    .containsExactly("4");
        }
    }
}
