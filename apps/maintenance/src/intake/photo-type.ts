/** Photo formats accepted for a fault: what phones and tablets at the bedside produce. */
export enum PhotoType {
  JPEG = 'image/jpeg',
  PNG = 'image/png',
  HEIC = 'image/heic',
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** ISO-BMFF major brands of HEIF/HEIC images (iPhone photos). */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs', 'mif1', 'msf1']);

/** The photo type by its magic bytes (never by the name or declared type), or null when it is none of them. */
export function photoTypeOf(bytes: Uint8Array): PhotoType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return PhotoType.JPEG;
  if (bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return PhotoType.PNG;
  if (bytes.length >= 12) {
    const ascii = (from: number) => String.fromCharCode(...bytes.subarray(from, from + 4));
    if (ascii(4) === 'ftyp' && HEIC_BRANDS.has(ascii(8))) return PhotoType.HEIC;
  }
  return null;
}
