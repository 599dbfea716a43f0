import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { HOME_NS } from './home-messages';
import { CategoryTiles, FeaturedCooperatives, FeaturedProducts, StoryHighlights } from './home-sections';

export function HomePage() {
  const { t } = useTranslation(HOME_NS);
  return (
    <>
      <title>{t('documentTitle')}</title>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">{t('hero.title')}</h1>
        <p className="lead">{t('hero.lead')}</p>
        <StoryHighlights />
        <p className="hero__actions">
          <Link to="/products" className="button">
            {t('hero.shop')}
          </Link>
          <Link to="/story" className="button button--ghost">
            {t('hero.story')}
          </Link>
        </p>
      </section>

      <section className="home-section" aria-labelledby="home-categories">
        <h2 id="home-categories">{t('categories')}</h2>
        <CategoryTiles />
      </section>

      <section className="home-section" aria-labelledby="home-new">
        <div className="section-head">
          <h2 id="home-new">{t('newProducts')}</h2>
          <Link to="/products?sort=newest">{t('allProducts')}</Link>
        </div>
        <FeaturedProducts />
      </section>

      <section className="home-section" aria-labelledby="home-cooperatives">
        <div className="section-head">
          <h2 id="home-cooperatives">{t('cooperatives')}</h2>
          <Link to="/cooperatives">{t('allCooperatives')}</Link>
        </div>
        <FeaturedCooperatives />
      </section>

      <section className="home-section story-teaser" aria-labelledby="home-story">
        <h2 id="home-story">{t('storyTeaser.title')}</h2>
        <p>{t('storyTeaser.text')}</p>
        <Link to="/story">{t('storyTeaser.link')}</Link>
      </section>
    </>
  );
}
