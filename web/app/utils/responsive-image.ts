import type { MediaFormat, MediaFormats } from '@blmk/shared-types';

/**
 * The attributes of a responsive <img> from the sizes Strapi made of an upload
 * (thumbnail, small, medium, large: never enlarged, so a small upload has fewer). The
 * browser picks from `srcset` by `sizes`; `src` (for browsers without srcset) is the
 * medium copy or the nearest made. The original upload (often a camera's full size) is
 * never sent when any copy exists; an image too small for even a thumbnail has none,
 * and then the original is itself small.
 */
export interface ImageFile {
  url: string;
  width?: number | null;
  height?: number | null;
  formats?: MediaFormats | null;
}

export interface ResponsiveImage {
  src: string;
  srcset?: string;
  sizes?: string;
  width?: number;
  height?: number;
}

/** Images sit in the content column: the page's width on phones, at most the 960 px container. */
export const CONTENT_IMAGE_SIZES = '(min-width: 1024px) 960px, 100vw';

const FALLBACK_ORDER = ['medium', 'small', 'large', 'thumbnail'] as const;

function usable(format: MediaFormat | undefined): format is MediaFormat {
  return Boolean(format?.url && format.width);
}

export function responsiveImage(file: ImageFile, sizes = CONTENT_IMAGE_SIZES): ResponsiveImage {
  const formats = Object.values(file.formats ?? {})
    .filter(usable)
    .sort((a, b) => a.width - b.width);
  if (formats.length === 0) return { src: file.url, width: file.width ?? undefined, height: file.height ?? undefined };
  const fallback = FALLBACK_ORDER.map((name) => file.formats?.[name]).find(usable)!;
  return {
    src: fallback.url,
    srcset: formats.map((format) => `${format.url} ${format.width}w`).join(', '),
    sizes,
    width: fallback.width,
    height: fallback.height ?? undefined,
  };
}
