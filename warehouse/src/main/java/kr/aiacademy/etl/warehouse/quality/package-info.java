/** The quality gate: invariants a built warehouse must satisfy before it is published. */
package kr.aiacademy.etl.warehouse.quality;
