package kr.aiacademy.etl.pipeline.demo;

import java.time.LocalDate;

/**
 * One employment survey round: the day it was taken ({@code surveyed_on}), the window new jobs started in
 * ({@code startDays} days from {@code startFrom}) and the hiring fair of that season ({@code null}: none).
 */
record Survey(LocalDate on, LocalDate startFrom, int startDays, String fair) {
}
