/** Normalization of source values: dates, timestamps, amounts, regions, enum labels. */
package kr.aiacademy.etl.pipeline.normalize;
