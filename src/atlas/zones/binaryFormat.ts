/**
 * The baked atlas file (`.tpza`), version 2. Little-endian throughout; `str` is a u16 byte length
 * followed by UTF-8; `varint` is unsigned LEB128 (7 bits a byte, low first, high bit = more).
 *
 *   magic            4 bytes  "TPZA"
 *   version          u16      2
 *   flags            u16      0 (reserved)
 *   vertexCount      u32      of the mesh it was baked on
 *   meshFingerprint  u32      FNV-1a of the mesh topology (see `meshFingerprint`)
 *   muscleCount      u32
 *   muscle * muscleCount:
 *     id, name               str, str
 *     triggerPointCount      u16
 *     triggerPoint * count:
 *       id, name             str, str
 *       prevalence           u8   0 common, 1 occasional, 2 rare (new in version 2)
 *       right vertex         u32, then position f32 x 3
 *       left vertex          u32, then position f32 x 3
 *       zoneCount            u8
 *       zone * zoneCount:
 *         kind               u8   0 essential, 1 spillover
 *         entryCount         u32
 *         vertices           varint * entryCount: the first vertex, then each gap to the previous (>= 1)
 *         weights            u8 * entryCount: 1..255
 *
 * Only the right side is stored; the left is mirrored at load. The writer emits everything in
 * the atlas's own order and floats at float32 precision, so the same atlas gives the same bytes.
 */

/** The four bytes every baked atlas file starts with. */
export const BAKED_ATLAS_MAGIC = 'TPZA';
/** The format version this code writes and reads. */
export const BAKED_ATLAS_VERSION = 2;

/** An append-only little-endian byte buffer. */
export class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  private view = new DataView(this.bytes.buffer);
  private length = 0;
  private readonly text = new TextEncoder();

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
    this.view = new DataView(grown.buffer);
  }

  /** Appends a byte. */
  u8(value: number): void {
    this.reserve(1);
    this.view.setUint8(this.length, value);
    this.length += 1;
  }

  /** Appends a u16. */
  u16(value: number): void {
    this.reserve(2);
    this.view.setUint16(this.length, value, true);
    this.length += 2;
  }

  /** Appends a u32. */
  u32(value: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
  }

  /** Appends a float32. */
  f32(value: number): void {
    this.reserve(4);
    this.view.setFloat32(this.length, value, true);
    this.length += 4;
  }

  /** Appends an unsigned LEB128 integer. */
  varint(value: number): void {
    let rest = value >>> 0;
    do {
      const low = rest & 0x7f;
      rest >>>= 7;
      this.u8(rest > 0 ? low | 0x80 : low);
    } while (rest > 0);
  }

  /** Appends raw bytes. */
  raw(bytes: Uint8Array): void {
    this.reserve(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  /** Appends a u16-length-prefixed UTF-8 string. */
  str(value: string): void {
    const encoded = this.text.encode(value);
    if (encoded.length > 0xffff) throw new RangeError('string too long for the atlas format');
    this.u16(encoded.length);
    this.raw(encoded);
  }

  /** The bytes written so far (a copy). */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/** A little-endian reader that throws a clear error instead of reading past the end. */
export class ByteReader {
  private readonly view: DataView;
  private offset = 0;
  private readonly text = new TextDecoder('utf-8', { fatal: true });

  /** Reads `bytes` from the start. */
  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** True when every byte has been read. */
  get done(): boolean {
    return this.offset === this.bytes.length;
  }

  private take(size: number): number {
    if (this.offset + size > this.bytes.length) throw new Error('baked atlas is truncated');
    const at = this.offset;
    this.offset += size;
    return at;
  }

  /** Reads a byte. */
  u8(): number {
    return this.view.getUint8(this.take(1));
  }

  /** Reads a u16. */
  u16(): number {
    return this.view.getUint16(this.take(2), true);
  }

  /** Reads a u32. */
  u32(): number {
    return this.view.getUint32(this.take(4), true);
  }

  /** Reads a float32. */
  f32(): number {
    return this.view.getFloat32(this.take(4), true);
  }

  /** Reads an unsigned LEB128 integer of at most 32 bits. */
  varint(): number {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = this.u8();
      value += (byte & 0x7f) * 2 ** shift;
      if ((byte & 0x80) === 0) {
        if (value > 0xffffffff) break;
        return value;
      }
    }
    throw new Error('baked atlas has a malformed varint');
  }

  /** Reads `size` raw bytes (a copy). */
  raw(size: number): Uint8Array {
    const at = this.take(size);
    return this.bytes.slice(at, at + size);
  }

  /** Reads a u16-length-prefixed UTF-8 string. */
  str(): string {
    return this.text.decode(this.raw(this.u16()));
  }
}
