import type { MediaFormat } from '@blmk/shared-types';
import { describe, expect, test } from 'vitest';
import { responsiveImage } from '../../app/utils/responsive-image';

const format = (name: string, width: number, height: number): MediaFormat => ({
  name,
  hash: `${name}_photo`,
  ext: '.jpg',
  mime: 'image/jpeg',
  path: null,
  width,
  height,
  size: width / 10,
  sizeInBytes: width * 100,
  url: `/uploads/${name}_photo.jpg`,
});

describe('responsive images from Strapi formats', () => {
  test('every resized copy in srcset by width, the medium one as src, never the original', () => {
    const image = responsiveImage({
      url: '/uploads/photo.jpg',
      width: 4000,
      height: 3000,
      formats: { large: format('large', 1000, 750), thumbnail: format('thumbnail', 208, 156), medium: format('medium', 750, 563), small: format('small', 500, 375) },
    });
    expect(image).toEqual({
      src: '/uploads/medium_photo.jpg',
      srcset: '/uploads/thumbnail_photo.jpg 208w, /uploads/small_photo.jpg 500w, /uploads/medium_photo.jpg 750w, /uploads/large_photo.jpg 1000w',
      sizes: '(min-width: 1024px) 960px, 100vw',
      width: 750,
      height: 563,
    });
    expect(`${image.src} ${image.srcset}`).not.toContain('/uploads/photo.jpg');
  });

  test('a smaller upload has fewer copies: the largest below medium stands in', () => {
    const image = responsiveImage({ url: '/uploads/photo.jpg', width: 600, height: 400, formats: { thumbnail: format('thumbnail', 234, 156), small: format('small', 500, 333) } });
    expect(image.src).toBe('/uploads/small_photo.jpg');
    expect(image.srcset).toBe('/uploads/thumbnail_photo.jpg 234w, /uploads/small_photo.jpg 500w');
  });

  test('an image too small for any copy is sent as it is, with its own size', () => {
    expect(responsiveImage({ url: '/uploads/icon.png', width: 120, height: 90, formats: null })).toEqual({ src: '/uploads/icon.png', width: 120, height: 90 });
  });
});
