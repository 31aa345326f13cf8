/** The Spring Boot application: settings and the beans that wire the pipeline and warehouse libraries. */
package kr.aiacademy.etl.jobs;
