import { useTranslation } from 'react-i18next';
import { useLocale } from '../i18n/use-localized';

/** Toggles 中文 ⇄ EN; the choice is stored and set on <html lang> by the i18n instance. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const locale = useLocale();
  const next = locale === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="language-switch"
      data-testid="language-switch"
      lang={next}
      aria-label={t('languageSwitch.label')}
      onClick={() => void i18n.changeLanguage(next)}
    >
      {t('languageSwitch.text')}
    </button>
  );
}
