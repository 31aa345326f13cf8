/** The employment feed: outcomes of the follow-up survey (jobs, startups, graduate school) as JSON Lines. */
package kr.aiacademy.etl.pipeline.employment;
