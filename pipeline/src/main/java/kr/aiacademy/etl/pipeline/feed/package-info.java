/** What every feed shares: source records, rules and their violations, record sources (CSV, JSON), lineage. */
package kr.aiacademy.etl.pipeline.feed;
