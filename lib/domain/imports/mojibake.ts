// Meta's exports write each UTF-8 byte of non-ASCII text as its own \u00XX escape, so "café" arrives as
// "cafÃ©". A string made only of characters up to U+00FF that, read as bytes, is valid UTF-8 is such a string;
// anything else (real Latin-1 text like "Zoë", which is not valid UTF-8 as bytes) is left alone.

const strict = new TextDecoder("utf-8", { fatal: true });

export function fixMojibake(s: string): string {
  let high = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0xff) return s;
    if (c >= 0x80) high = true;
  }
  if (!high) return s;
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
  try {
    return strict.decode(bytes);
  } catch {
    return s;
  }
}
