/** The morning report ({@code report.html}) and the data docs ({@code docs.html}) of a published warehouse. */
package kr.aiacademy.etl.warehouse.report;
