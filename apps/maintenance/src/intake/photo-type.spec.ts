import { photoTypeOf, PhotoType } from './photo-type';
import { decodePhoto, MAX_PHOTO_BYTES } from './attach-photo.use-case';
import { domainErrorCode } from '@houqin/platform-errors';

const bytes = (...parts: (number[] | string)[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));

describe('photo type by magic bytes', () => {
  it('recognises JPEG, PNG and HEIC', () => {
    expect(photoTypeOf(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe(PhotoType.JPEG);
    expect(photoTypeOf(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe(PhotoType.PNG);
    expect(photoTypeOf(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]))).toBe(PhotoType.HEIC);
    expect(photoTypeOf(bytes([0, 0, 0, 0x1c], 'ftypmif1', [0, 0, 0, 0]))).toBe(PhotoType.HEIC);
  });

  it('refuses everything else, whatever it claims to be', () => {
    expect(photoTypeOf(bytes('%PDF-1.7'))).toBeNull();
    expect(photoTypeOf(bytes('GIF89a'))).toBeNull();
    expect(photoTypeOf(bytes([0, 0, 0, 0x18], 'ftypisom', [0, 0, 0, 0]))).toBeNull(); // an MP4 video
    expect(photoTypeOf(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(photoTypeOf(bytes([0xff, 0xd8]))).toBeNull();
    expect(photoTypeOf(new Uint8Array())).toBeNull();
  });
});

describe('photo decoding', () => {
  it('decodes strict base64 only, and refuses photos above the limit before decoding them', () => {
    expect([...decodePhoto('/9j/4A==')]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
    expect([...decodePhoto('/9j/\n4A==')]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
    expect(domainErrorCode(() => decodePhoto('/9j/4A=!'))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => decodePhoto('abc'))).toBe('INVALID_INPUT');
    expect(domainErrorCode(() => decodePhoto(''))).toBe('INVALID_INPUT');
    expect(decodePhoto(Buffer.alloc(MAX_PHOTO_BYTES).toString('base64'))).toHaveLength(MAX_PHOTO_BYTES);
    expect(domainErrorCode(() => decodePhoto(Buffer.alloc(MAX_PHOTO_BYTES + 1).toString('base64')))).toBe('PHOTO_TOO_LARGE');
  });
});
