/** Personal data: pseudonyms, resident registration numbers, masking. */
package kr.aiacademy.etl.pipeline.privacy;
