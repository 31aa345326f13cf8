/** The enrollment feed pulled straight from the student information system's database, incrementally. */
package kr.aiacademy.etl.pipeline.sis;
