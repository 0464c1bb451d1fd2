// Zips of (mutated) export files, and damage to a zip's structure: headers, the central directory, declared sizes,
// compression method, the encryption flag, entry names that leave the archive, a zip inside the zip, thousands of
// entries, a zip bomb, the end record.
import { zipSync, type Zippable } from "fflate";
import type { Rng } from "@/lib/domain/demo/random";
import type { SeedFile } from "./seeds";

const MTIME = new Date("2026-01-15T09:30:00Z");
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const END = 0x06054b50;

export function buildZip(files: SeedFile[], rng: Rng): Uint8Array {
  const entries: Zippable = {};
  for (const f of files) entries[f.name] = [f.bytes, { mtime: MTIME, level: rng.pick([0, 1, 6, 9] as const) }];
  return zipSync(entries);
}

/** Offsets of every record with this signature. */
function records(zip: Uint8Array, signature: number): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const found: number[] = [];
  for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === signature) found.push(i);
  return found;
}

type Damage = (zip: Uint8Array, rng: Rng, files: SeedFile[]) => Uint8Array;

/** Writes `value` (of `width` bytes) at `offset` past a record start, in a copy. */
function patch(zip: Uint8Array, offsets: number[], rng: Rng, offset: number, width: 2 | 4, value: number): Uint8Array {
  if (!offsets.length) return zip;
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const where = rng.pick(offsets) + offset;
  if (where + width > out.length) return out;
  if (width === 2) view.setUint16(where, value & 0xffff, true);
  else view.setUint32(where, value >>> 0, true);
  return out;
}

const damage: Record<string, Damage> = {
  "central directory bytes": (zip, rng) => {
    const start = records(zip, CENTRAL)[0] ?? 0;
    const out = zip.slice();
    for (let k = rng.int(1, 6); k > 0; k--) out[rng.int(start, out.length - 1)] = rng.int(0, 255);
    return out;
  },
  "local header bytes": (zip, rng) => {
    const start = rng.pick(records(zip, LOCAL).concat(0));
    const out = zip.slice();
    out[Math.min(out.length - 1, start + rng.int(0, 29))] = rng.int(0, 255);
    return out;
  },
  "declared size lies": (zip, rng) => patch(zip, records(zip, CENTRAL), rng, rng.pick([20, 24]), 4, rng.pick([0, 1, 65_536, 0xffffffff, rng.int(0, 1 << 30)])),
  "compression method": (zip, rng) => patch(zip, records(zip, CENTRAL), rng, 10, 2, rng.pick([0, 8, 12, 14, 99])),
  "encryption flag": (zip, rng) => patch(zip, records(zip, CENTRAL), rng, 8, 2, 1),
  "entry count": (zip, rng) => patch(zip, records(zip, END), rng, rng.pick([8, 10]), 2, rng.int(0, 0xffff)),
  "directory offset": (zip, rng) => patch(zip, records(zip, END), rng, 16, 4, rng.int(0, zip.length + 100)),
  "comment length": (zip, rng) => patch(zip, records(zip, END), rng, 20, 2, rng.int(1, 0xffff)),
  "name length": (zip, rng) => patch(zip, records(zip, CENTRAL), rng, 28, 2, rng.int(0, 0xffff)),
  "truncated directory": (zip, rng) => zip.subarray(0, rng.int(records(zip, CENTRAL)[0] ?? 0, zip.length - 1)),
  "path leaving the archive": (zip, rng) => renameEntries(zip, rng.pick(["../", "/", "..\\", "C:", "\u0000", "a\\..\\..\\"])),
  "zip inside the zip": (zip, rng) => buildZip([{ name: rng.pick(["export.zip", "TikTok/inner.zip", "user_data_tiktok.json"]), bytes: zip }], rng),
  "many entries": (_zip, rng, files) => buildZip([...files, ...Array.from({ length: rng.int(100, 10_500) }, (_, i) => ({ name: `extra/${i}.txt`, bytes: new Uint8Array(0) }))], rng),
  "zip bomb": (_zip, rng, files) => {
    const target = rng.pick(files).name;
    const bomb = buildZip([...files.filter((f) => f.name !== target), { name: target, bytes: new Uint8Array(rng.int(2, 24) << 20).fill(rng.pick([0, 0x20])) }], rng);
    return rng.chance(0.5) ? patch(bomb, records(bomb, CENTRAL), rng, 24, 4, 65_536) : bomb;
  },
};

/** The first characters of every entry name overwritten (local headers and directory alike). */
function renameEntries(zip: Uint8Array, prefix: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const bytes = new TextEncoder().encode(prefix);
  for (const [signature, nameAt] of [[LOCAL, 26], [CENTRAL, 28]] as const) {
    for (const offset of records(out, signature)) {
      const length = view.getUint16(offset + nameAt, true);
      const start = offset + (signature === LOCAL ? 30 : 46);
      if (length >= bytes.length && start + bytes.length <= out.length) out.set(bytes, start);
    }
  }
  return out;
}

const DAMAGE_NAMES = Object.keys(damage);

export function damageZip(zip: Uint8Array, rng: Rng, files: SeedFile[], done: string[]): Uint8Array {
  const name = rng.pick(DAMAGE_NAMES);
  done.push(`zip: ${name}`);
  return damage[name]!(zip, rng, files);
}
