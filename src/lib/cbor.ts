/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: integers, text strings and definite-length arrays,
 * each with the shortest head. Anything else is refused, so a file this cannot read is never rewritten wrongly.
 */
export type CborValue = number | string | CborValue[];

export class CborError extends Error {}

export function decodeCbor(bytes: Uint8Array): CborValue {
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;

  function head(): { major: number; value: number } {
    if (at >= bytes.length) throw new CborError(`CBOR ends early at byte ${at}`);
    const first = bytes[at++];
    const major = first >> 5;
    const info = first & 31;
    if (info < 24) return { major, value: info };
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
    if (!size) throw new CborError(`unsupported CBOR head 0x${first.toString(16)} at byte ${at - 1}`);
    if (at + size > bytes.length) throw new CborError(`CBOR ends early at byte ${at}`);
    let value = 0;
    for (let i = 0; i < size; i++) value = value * 256 + bytes[at++];
    return { major, value };
  }

  function item(): CborValue {
    const { major, value } = head();
    switch (major) {
      case 0:
        return value;
      case 1:
        return -1 - value;
      case 3: {
        if (at + value > bytes.length) throw new CborError(`CBOR text runs past the end at byte ${at}`);
        const s = text.decode(bytes.subarray(at, at + value));
        at += value;
        return s;
      }
      case 4:
        return Array.from({ length: value }, item);
      default:
        throw new CborError(`unsupported CBOR major type ${major} at byte ${at}`);
    }
  }

  const value = item();
  if (at !== bytes.length) throw new CborError(`${bytes.length - at} bytes left after the CBOR item`);
  return value;
}

export function encodeCbor(value: CborValue): Uint8Array {
  const out: number[] = [];
  const utf8 = new TextEncoder();

  function head(major: number, n: number) {
    const m = major << 5;
    if (n < 24) out.push(m | n);
    else if (n < 0x100) out.push(m | 24, n);
    else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff);
    else if (n < 0x100000000) out.push(m | 26, (n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
    else throw new CborError(`CBOR value ${n} is too large`);
  }

  function item(v: CborValue) {
    if (typeof v === 'number') {
      if (!Number.isInteger(v)) throw new CborError(`CBOR number ${v} is not an integer`);
      if (v >= 0) head(0, v);
      else head(1, -1 - v);
    } else if (typeof v === 'string') {
      const b = utf8.encode(v);
      head(3, b.length);
      for (const x of b) out.push(x);
    } else {
      head(4, v.length);
      v.forEach(item);
    }
  }

  item(value);
  return Uint8Array.from(out);
}
