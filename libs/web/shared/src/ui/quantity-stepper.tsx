import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export interface QuantityStepperProps {
  id: string;
  /** The visible label of the number field, also named by the − and + buttons. */
  label: string;
  value: number;
  min?: number;
  max: number;
  disabled?: boolean;
  /** Called with a whole number within [min, max] that differs from `value`. */
  onChange: (value: number) => void;
}

/** − [n] +: the buttons step by one; a typed number counts on Enter or when the field is left. */
export function QuantityStepper({
  id,
  label,
  value,
  min = 1,
  max,
  disabled,
  onChange,
}: QuantityStepperProps) {
  const { t } = useTranslation('common');
  // What the person is typing; null shows `value`.
  const [draft, setDraft] = useState<string | null>(null);

  const set = (next: number) => {
    setDraft(null);
    const clamped = Math.min(max, Math.max(min, Math.trunc(next)));
    if (Number.isFinite(clamped) && clamped !== value) onChange(clamped);
  };
  const commit = () => {
    if (draft !== null) set(draft.trim() === '' ? value : Number(draft));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    commit();
  };

  return (
    <div className="stepper">
      <label htmlFor={id}>{label}</label>
      <div className="stepper__controls">
        <button
          type="button"
          aria-label={t('stepper.decrease', { label })}
          aria-controls={id}
          disabled={disabled || value <= min}
          onClick={() => set(value - 1)}
        >
          −
        </button>
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={min}
          max={max}
          step={1}
          value={draft ?? String(value)}
          disabled={disabled}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={onKeyDown}
        />
        <button
          type="button"
          aria-label={t('stepper.increase', { label })}
          aria-controls={id}
          disabled={disabled || value >= max}
          onClick={() => set(value + 1)}
        >
          +
        </button>
      </div>
    </div>
  );
}
