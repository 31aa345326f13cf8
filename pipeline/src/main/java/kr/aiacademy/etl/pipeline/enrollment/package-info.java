/** The enrollment feed: applications from the academy's student information system. */
package kr.aiacademy.etl.pipeline.enrollment;
