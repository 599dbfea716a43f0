import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductDetailDto, ProductImageDto } from '@shanhai/shared/contracts';
import { useLocalized } from '@shanhai/web/shared';
import { PRODUCT_NS } from './product-messages';

function galleryImages(product: ProductDetailDto): ProductImageDto[] {
  if (product.images.length > 0) return product.images;
  return product.coverImageUrl ? [{ url: product.coverImageUrl, alt: product.name }] : [];
}

export function ProductGallery({ product }: { product: ProductDetailDto }) {
  const { t } = useTranslation(PRODUCT_NS);
  const localize = useLocalized();
  const images = galleryImages(product);
  const [index, setIndex] = useState(0);
  const current = images[Math.min(index, images.length - 1)];

  if (!current) {
    return (
      <div className="gallery">
        <div className="gallery__main gallery__placeholder">{t('noImage')}</div>
      </div>
    );
  }

  return (
    <div className="gallery">
      <img className="gallery__main" src={current.url} alt={localize(current.alt)} width={640} height={640} />
      {images.length > 1 && (
        <ul className="gallery__thumbs">
          {images.map((image, i) => (
            <li key={image.url}>
              <button
                type="button"
                className="gallery__thumb"
                aria-pressed={i === index}
                aria-label={t('showImage', { number: i + 1, total: images.length })}
                onClick={() => setIndex(i)}
              >
                <img src={image.url} alt="" width={72} height={72} loading="lazy" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
