import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';

export function SiteFooter() {
  const { t } = useTranslation('storefront');
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t('layout.footer.demo')}</p>
        <p>
          {t('layout.footer.figures')} <Link to="/story">{t('layout.footer.storyLink')}</Link>
        </p>
      </div>
    </footer>
  );
}
