// A small zip writer for exporting the library: one file per article,
// UTF-8 names, deflated by the browser's own CompressionStream
// ('deflate-raw'), or stored when a file does not shrink or the stream is
// missing. No dependency: the format needs only local headers, a central
// directory and its end record (PKWARE APPNOTE 4.3). Zip64 is not
// written: an export past 65,535 files or 4 GiB is refused with an error
// rather than written broken.

/** Bytes backed by a plain ArrayBuffer, as a Blob takes them (not a
 * SharedArrayBuffer's view). @typedef {Uint8Array<ArrayBuffer>} Bytes */
/** @typedef {{name: string, data: Bytes|string, date?: Date}} ZipInput */

const LIMIT = 0xffffffff;
const MAX_FILES = 0xffff;

/** @type {Uint32Array|null} */
let crcTable = null;

/** CRC-32 (IEEE 802.3), as zip stores it. @param {Uint8Array} data */
export function crc32(data) {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** MS-DOS time and date of d, in local time, as zip tools read them. @param {Date} d */
function dosTime(d) {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/**
 * Raw DEFLATE of data through the browser, or null without
 * CompressionStream.
 * @param {Bytes} data
 */
async function deflate(data) {
  if (typeof CompressionStream !== 'function') return null;
  try {
    const stream = new Blob([data]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return null; // 'deflate-raw' unknown to this engine
  }
}

/**
 * Writes a zip of files. Names are used as given ('/' separates folders)
 * and must be unique; see uniqueName.
 * @param {ZipInput[]} files
 * @param {{compress?: boolean}} [o]
 * @returns {Promise<Blob>}
 */
export async function zip(files, { compress = true } = {}) {
  if (files.length > MAX_FILES) throw new Error(`zip: ${files.length} files, more than ${MAX_FILES}`);
  const enc = new TextEncoder();
  /** @type {BlobPart[]} */
  const parts = [];
  /** @type {Bytes[]} */
  const central = [];
  const seen = new Set();
  let offset = 0;
  for (const f of files) {
    if (seen.has(f.name)) throw new Error(`zip: duplicate name ${f.name}`);
    seen.add(f.name);
    const name = enc.encode(f.name);
    const data = typeof f.data === 'string' ? enc.encode(f.data) : f.data;
    const crc = crc32(data);
    let body = data;
    let method = 0;
    if (compress && data.length > 0) {
      const packed = await deflate(data);
      if (packed && packed.length < data.length) { body = packed; method = 8; }
    }
    if (data.length >= LIMIT || body.length >= LIMIT || offset >= LIMIT) throw new Error('zip: over 4 GiB');
    const { time, date } = dosTime(f.date ?? new Date());
    // Bit 11: the name is UTF-8. Sizes and CRC are in the local header, so
    // no data descriptor is needed.
    const flags = 0x0800;
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(6, flags, true);
    local.setUint16(8, method, true);
    local.setUint16(10, time, true);
    local.setUint16(12, date, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, body.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, name.length, true);
    local.setUint16(28, 0, true);
    parts.push(local.buffer, name, body);

    const cd = new DataView(new ArrayBuffer(46));
    cd.setUint32(0, 0x02014b50, true);
    cd.setUint16(4, (3 << 8) | 20, true); // made by: Unix, spec 2.0
    cd.setUint16(6, 20, true);
    cd.setUint16(8, flags, true);
    cd.setUint16(10, method, true);
    cd.setUint16(12, time, true);
    cd.setUint16(14, date, true);
    cd.setUint32(16, crc, true);
    cd.setUint32(20, body.length, true);
    cd.setUint32(24, data.length, true);
    cd.setUint16(28, name.length, true);
    // extra, comment, disk, internal attributes: 0
    cd.setUint32(38, (0o100644 << 16) >>> 0, true); // a regular file, rw-r--r--
    cd.setUint32(42, offset, true);
    const entry = new Uint8Array(46 + name.length);
    entry.set(new Uint8Array(cd.buffer), 0);
    entry.set(name, 46);
    central.push(entry);
    offset += 30 + name.length + body.length;
  }
  const cdSize = central.reduce((n, e) => n + e.length, 0);
  if (offset + cdSize >= LIMIT) throw new Error('zip: over 4 GiB');
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, files.length, true);
  end.setUint16(10, files.length, true);
  end.setUint32(12, cdSize, true);
  end.setUint32(16, offset, true);
  return new Blob([...parts, ...central, end.buffer], { type: 'application/zip' });
}

/**
 * A file name for title that every system accepts, unique among taken
 * (which it joins): no path separators, control or reserved characters,
 * no leading dot, at most 80 characters before the extension, and " (2)",
 * " (3)" … on a clash, compared case-insensitively as Windows and macOS do.
 * @param {string} title @param {string} ext e.g. '.md' @param {Set<string>} taken lower-cased names
 * @param {string} [fallback]
 */
export function uniqueName(title, ext, taken, fallback = 'article') {
  let base = String(title ?? '').replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  base = [...base].slice(0, 80).join('').replace(/^[.\s]+|[.\s]+$/g, '');
  if (!base || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = fallback;
  let name = base + ext;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i})${ext}`;
  taken.add(name.toLowerCase());
  return name;
}
