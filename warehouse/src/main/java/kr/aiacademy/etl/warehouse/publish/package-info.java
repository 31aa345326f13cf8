/** Publishing a built warehouse file by atomic rename, so readers never see a half-built one. */
package kr.aiacademy.etl.warehouse.publish;
