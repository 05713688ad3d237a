/**
 * The on-disk record format, written down once:
 *
 *   record  = length:u32le  crc32(payload):u32le  payload:bytes[length]
 *
 * Logs are a sequence of records; a snapshot file is exactly one record. A crash can leave a torn
 * last record (short or with a bad checksum): readers stop at the first record that does not
 * check out and report where the good prefix ends, so the caller can cut the tail off.
 */
import { crc32 } from 'node:zlib';

export const RECORD_HEADER_BYTES = 8;

export function encodeRecord(payload: Uint8Array): Buffer {
  const record = Buffer.allocUnsafe(RECORD_HEADER_BYTES + payload.length);
  record.writeUInt32LE(payload.length, 0);
  record.writeUInt32LE(crc32(payload), 4);
  record.set(payload, RECORD_HEADER_BYTES);
  return record;
}

export type RecordScan = {
  records: Uint8Array[];
  /** Bytes of the file that hold complete, checked records. */
  validBytes: number;
  /** True when bytes after `validBytes` were ignored (torn or corrupt tail). */
  truncated: boolean;
};

export function readRecords(file: Uint8Array): RecordScan {
  const view = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const records: Uint8Array[] = [];
  let offset = 0;
  while (offset + RECORD_HEADER_BYTES <= view.length) {
    const length = view.readUInt32LE(offset);
    const checksum = view.readUInt32LE(offset + 4);
    const end = offset + RECORD_HEADER_BYTES + length;
    if (end > view.length) break;
    const payload = view.subarray(offset + RECORD_HEADER_BYTES, end);
    if (crc32(payload) !== checksum) break;
    records.push(payload);
    offset = end;
  }
  return { records, validBytes: offset, truncated: offset !== view.length };
}
