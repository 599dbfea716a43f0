import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CooperativeDetailDto } from '@shanhai/shared/contracts';
import {
  EmptyState,
  ErrorState,
  isApiError,
  Skeleton,
  useLocalized,
  useCooperative,
} from '@shanhai/web/shared';
import { ProductGrid } from '../products/product-grid';
import { COOPERATIVE_NS } from './cooperative-messages';

const KNOWN_LEGAL_FORMS = ['cooperative', 'company', 'village_collective', 'family_farm'];

function CooperativeDetail({ cooperative }: { cooperative: CooperativeDetailDto }) {
  const { t } = useTranslation([COOPERATIVE_NS, 'storefront']);
  const localize = useLocalized();
  const name = localize(cooperative.name);
  const legalForm = KNOWN_LEGAL_FORMS.includes(cooperative.legalForm)
    ? t(`legalForms.${cooperative.legalForm}`)
    : cooperative.legalForm;

  return (
    <>
      <title>{t('documentTitle', { name })}</title>
      {cooperative.bannerImageUrl && (
        <img
          className="co-banner"
          src={cooperative.bannerImageUrl}
          alt={t('storefront:card.bannerAlt', { name })}
          width={1200}
          height={400}
        />
      )}
      <h1>{name}</h1>
      <dl className="facts">
        <div>
          <dt>{t('location')}</dt>
          <dd>
            {t('storefront:place', {
              township: localize(cooperative.township.name),
              village: localize(cooperative.village.name),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('legalForm')}</dt>
          <dd>{legalForm}</dd>
        </div>
        <div>
          <dt>{t('creditCode')}</dt>
          <dd className="mono">{cooperative.creditCode}</dd>
        </div>
      </dl>

      <section className="prose" aria-labelledby="co-story">
        <h2 id="co-story">{t('story')}</h2>
        {localize(cooperative.story)
          .split(/\n+/)
          .filter((p) => p.trim() !== '')
          .map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
      </section>

      <section aria-labelledby="co-benefits">
        <h2 id="co-benefits">{t('benefits')}</h2>
        <p className="muted">{t('benefitsIntro')}</p>
        {cooperative.benefitMechanisms.length === 0 ? (
          <p>{t('noBenefits')}</p>
        ) : (
          <ul className="benefits">
            {cooperative.benefitMechanisms.map((mechanism) => (
              <li key={mechanism.type} className="benefit">
                <span className="badge badge--aid">{t(`benefit.${mechanism.type}`)}</span>
                <p>{localize(mechanism.description)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="co-products">
        <h2 id="co-products">{t('products')}</h2>
        {cooperative.products.length === 0 ? (
          <EmptyState title={t('noProducts')} />
        ) : (
          <ProductGrid products={cooperative.products} />
        )}
      </section>
    </>
  );
}

export function CooperativePage() {
  const { t } = useTranslation([COOPERATIVE_NS, 'storefront']);
  const { slug = '' } = useParams();
  const cooperative = useCooperative(slug);

  if (cooperative.isPending) {
    return (
      <div role="status">
        <span className="visually-hidden">{t('common:loading')}</span>
        <Skeleton className="co-banner" />
        <Skeleton height="2rem" width="60%" />
        <Skeleton height="5rem" />
      </div>
    );
  }
  if (cooperative.isError) {
    const notFound = isApiError(cooperative.error) && cooperative.error.status === 404;
    return (
      <>
        <title>{t(notFound ? 'notFoundTitle' : 'errorTitle')}</title>
        <ErrorState
          error={cooperative.error}
          title={notFound ? t('notFoundTitle') : undefined}
          onRetry={notFound ? undefined : () => void cooperative.refetch()}
        >
          <p>
            <Link to="/cooperatives">{t('backToList')}</Link>
          </p>
        </ErrorState>
      </>
    );
  }
  return <CooperativeDetail cooperative={cooperative.data} />;
}
