/** Deterministic generator of the demo inbox and of benchmark drops. */
package kr.aiacademy.etl.pipeline.demo;
