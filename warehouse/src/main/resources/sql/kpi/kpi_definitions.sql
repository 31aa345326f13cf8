-- description: One row per KPI: its definition in words, numerator, denominator, exclusions and where it is published
-- grain: One row per KPI: what the figure means in words, what it counts above and below the line, what it leaves out
--   and where it is published. The KPI definitions version (etl_build.definitions_version) digests these files.
-- column kpi: KPI name, as in kpi_cohort_rates.kpi and the column names of the KPI views
-- column label_ko: Korean label
-- column label_en: English label
-- column formula: The figure in words
-- column numerator: What is counted above the line
-- column denominator: What is counted below the line
-- column exclusions: What is left out, and when the figure is NULL
-- column source: View and column where the figure is published
-- column unit: fraction (0–1, 4 decimals), ratio, or krw (whole won)
create view kpi_definitions as
select * from (values
    ('competition_ratio', '경쟁률', 'Competition ratio',
        'applications per admitted applicant, 2 decimals', 'applicants (any status)',
        'admitted (ADMITTED, ENROLLED, COMPLETED or DROPPED)', 'none', 'kpi_cohort.competition_ratio', 'ratio'),
    ('completion_rate', '수료율', 'Completion rate',
        'share of the admitted who completed the course', 'completers (status COMPLETED)', 'admitted',
        'NULL while no one has completed (the cohort is still in training)',
        'kpi_cohort.completion_rate; kpi_cohort_rates', 'fraction'),
    ('local_share', '지역 인재 비율', 'Local share (Gwangju)',
        'share of the completers whose home region is Gwangju', 'completers from Gwangju (29)', 'completers',
        'none', 'kpi_cohort.local_share; kpi_cohort_rates', 'fraction'),
    ('outcome_rate', '취·창업 및 진학률', 'Employment, start-up and graduate school rate',
        'share of the completers now employed, running a start-up or in graduate school (the academy''s figure)',
        'completers whose current outcome is EMPLOYED, STARTUP or GRAD_SCHOOL', 'completers',
        'none: completers without a survey count as not placed', 'kpi_cohort.outcome_rate; kpi_cohort_rates',
        'fraction'),
    ('employment_rate', '취업률 (진학자 제외)', 'Employment rate (ministry style)',
        'share of the completers now employed or running a start-up, graduate school students taken out of the base',
        'completers whose current outcome is EMPLOYED or STARTUP', 'completers − completers now in GRAD_SCHOOL',
        'completers in graduate school (current outcome) leave the denominator',
        'kpi_cohort.employment_rate; kpi_cohort_rates', 'fraction'),
    ('employment_6m_rate', '6개월 내 취업률', 'Employment within 6 months of course end',
        'share of the completers who started a job or a company by 6 months after the course ended',
        'completers not now in graduate school with an EMPLOYED or STARTUP survey record (any survey, not only the '
            || 'latest) whose started_on is at most 6 calendar months after the cohort''s course_end',
        'completers − completers now in GRAD_SCHOOL',
        'graduate school as for employment_rate; a record without started_on does not count; a late survey counts '
            || 'when started_on lies within the 6 months', 'kpi_cohort_rates', 'fraction'),
    ('cost_per_completer_krw', '수료생 1인당 비용', 'Cost per completer',
        'academy budget of the cohort''s fiscal year per completer, in won', 'allocated GJ-AI-ACADEMY budget of '
            || 'the fiscal year of course_start, all sources', 'completers',
        'NULL without completers; 0 when the year has no budget rows',
        'kpi_cohort.cost_per_completer_krw; kpi_cohort_rates', 'krw'),
    ('budget_execution_rate', '예산 집행률', 'Budget execution rate',
        'share of the allocated amount executed', 'executed amount (empty counts as 0)', 'allocated amount',
        'none', 'kpi_budget.execution_rate; kpi_budget_execution.execution_rate', 'fraction'),
    ('budget_elapsed_share', '회계연도 경과율', 'Elapsed share of the fiscal year',
        'share of the fiscal year (= calendar year) gone by at the as-of date', 'whole days of the year before '
            || 'the as-of date (etl_build.as_of_date)', 'days of the year', 'none',
        'kpi_budget_execution.elapsed_share', 'fraction'),
    ('budget_execution_pace', '경과 대비 집행률', 'Execution against the elapsed share',
        'execution rate divided by the elapsed share of the year: 1 is on pace, below 1 behind',
        'executed × days of the year', 'allocated × elapsed days', 'NULL before the year began',
        'kpi_budget_execution.execution_pace', 'ratio')
) as definitions (kpi, label_ko, label_en, formula, numerator, denominator, exclusions, source, unit);
