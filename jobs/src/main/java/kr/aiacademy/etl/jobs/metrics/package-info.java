/**
 * Operating the loads: health and Prometheus metrics over HTTP on the management port of the long-running commands
 * (Spring Boot Actuator, Micrometer), and the push of a one-shot run's metrics to a Prometheus Pushgateway.
 */
package kr.aiacademy.etl.jobs.metrics;
