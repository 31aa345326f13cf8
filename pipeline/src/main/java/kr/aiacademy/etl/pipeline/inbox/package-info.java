/** Drops in the inbox: names, digests, safe unpacking. */
package kr.aiacademy.etl.pipeline.inbox;
