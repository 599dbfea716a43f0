import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface SearchFormProps {
  id: string;
  initialValue: string;
  onSearch: (q: string) => void;
}

/** A labelled product search; the one `search-input` on every page. */
export function SearchForm({ id, initialValue, onSearch }: SearchFormProps) {
  const { t } = useTranslation('storefront');
  const [value, setValue] = useState(initialValue);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
  };

  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        maxLength={100}
        value={value}
        placeholder={t('search.placeholder')}
        data-testid="search-input"
        onChange={(e) => setValue(e.target.value)}
      />
      <button type="submit" className="button">
        {t('search.submit')}
      </button>
    </form>
  );
}
