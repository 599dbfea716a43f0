import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { testProviders } from '../testing/with-providers';
import { QuantityStepper } from './quantity-stepper';

function Harness({ onChange, max = 5 }: { onChange: (value: number) => void; max?: number }) {
  const [value, setValue] = useState(1);
  return (
    <QuantityStepper
      id="q"
      label="数量"
      value={value}
      max={max}
      onChange={(next) => {
        onChange(next);
        setValue(next);
      }}
    />
  );
}

describe('QuantityStepper', () => {
  it('steps by one within its bounds, with labelled buttons', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { wrapper } = await testProviders();
    render(<Harness onChange={onChange} max={2} />, { wrapper });

    const input = screen.getByLabelText('数量');
    expect(screen.getByRole('button', { name: '减少数量' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '增加数量' }));
    expect(input).toHaveValue(2);
    expect(screen.getByRole('button', { name: '增加数量' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '减少数量' }));
    expect(onChange.mock.calls).toEqual([[2], [1]]);
  });

  it('takes a typed number on Enter or leaving the field, held to the bounds; nonsense changes nothing', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { wrapper } = await testProviders();
    render(<Harness onChange={onChange} />, { wrapper });
    const input = screen.getByLabelText('数量');

    await user.clear(input);
    await user.type(input, '4{Enter}');
    expect(input).toHaveValue(4);
    await user.clear(input);
    await user.type(input, '40');
    await user.tab();
    expect(input).toHaveValue(5);
    await user.clear(input);
    await user.tab();
    expect(input).toHaveValue(5);
    expect(onChange.mock.calls).toEqual([[4], [5]]);
  });
});
