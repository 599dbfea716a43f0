/** Something kept the payment form from showing: what, and a button to try again. */
export function PaymentProblem({
  title,
  message,
  retryLabel,
  retrying = false,
  onRetry,
}: {
  title?: string;
  message: string;
  retryLabel: string;
  retrying?: boolean;
  onRetry: () => void;
}) {
  return (
    <div className="state state--error" role="alert" data-testid="payment-problem">
      {title && <p className="state__title">{title}</p>}
      <p className="state__message">{message}</p>
      <button type="button" className="button" disabled={retrying} onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
