import { useState, type ReactNode } from 'react';
import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError, useErrorMessage } from '@shanhai/web/shared';
import { BACKOFFICE_NS } from '../shell/backoffice-messages';
import { CONSOLE_NS } from './console-messages';
import { reasonProblem } from './refund';

/**
 * The API's refusal in the reader's language: the console's words for the codes it knows, and for a
 * refusal about this very record (a state that does not allow it, a field the API checked) the
 * API's own sentence after them, which names what was wrong.
 */
export function useConsoleError(): (error: unknown) => string {
  const { t, i18n } = useTranslation([CONSOLE_NS, BACKOFFICE_NS]);
  const messageOf = useErrorMessage(BACKOFFICE_NS);
  return (error: unknown) => {
    if (isApiError(error)) {
      const known = i18n.exists(`errors.${error.code}`, { ns: CONSOLE_NS });
      if (known) {
        const words = t(`errors.${error.code}`, { ns: CONSOLE_NS });
        const detailed = error.code === 'INVALID_TRANSITION' || error.code === 'VALIDATION_FAILED';
        return detailed && error.message ? `${words} (${error.message})` : words;
      }
    }
    return messageOf(error);
  };
}

/** A page's heading, its lead and the browser tab's title. */
export function PageHeading({ title, lead }: { title: string; lead?: ReactNode }) {
  const { t } = useTranslation(BACKOFFICE_NS);
  return (
    <div>
      <title>{t('documentTitle', { page: title })}</title>
      <Typography.Title level={1} className="bo-title">
        {title}
      </Typography.Title>
      {lead && <Typography.Paragraph type="secondary">{lead}</Typography.Paragraph>}
    </div>
  );
}

export interface ReasonModalProps {
  open: boolean;
  title: string;
  /** what the reason is for, and who will read it */
  description?: ReactNode;
  confirmText: string;
  /** most characters the API takes for this reason */
  max?: number;
  /** more fields above the reason (a refund's amount) */
  children?: ReactNode;
  pending: boolean;
  error: unknown;
  onCancel: () => void;
  /** called with the trimmed reason once it is long enough; further checks by the caller */
  onConfirm: (reason: string) => void;
  danger?: boolean;
  /** told of every press of the confirm button, to check the caller's own fields too */
  onAttempt?: () => void;
}

/**
 * Asks for the reason a rejection, suspension, revocation or refund needs, before anything is sent:
 * empty or too short, the dialog says so and sends nothing. The API's refusal is shown in it.
 */
export function ReasonModal(props: ReasonModalProps) {
  const { t } = useTranslation(CONSOLE_NS);
  const errorOf = useConsoleError();
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const max = props.max ?? 500;
  const problem = reasonProblem(reason, max);

  const close = () => {
    setReason('');
    setTried(false);
    props.onCancel();
  };
  const confirm = () => {
    setTried(true);
    props.onAttempt?.();
    if (problem === null) props.onConfirm(reason.trim());
  };

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.confirmText}
      cancelText={t('actions.cancel')}
      okButtonProps={{ danger: props.danger ?? true, loading: props.pending }}
      onOk={confirm}
      onCancel={close}
      afterClose={() => {
        setReason('');
        setTried(false);
      }}
      destroyOnHidden
    >
      {props.description && <Typography.Paragraph>{props.description}</Typography.Paragraph>}
      <Form layout="vertical" onFinish={confirm} component="div">
        {props.children}
        <Form.Item
          label={t('reason.label')}
          required
          htmlFor="console-reason"
          validateStatus={tried && problem ? 'error' : undefined}
          help={tried && problem ? t(`reason.${problem}`, { max }) : undefined}
        >
          <Input.TextArea
            id="console-reason"
            data-testid="reason-input"
            value={reason}
            rows={3}
            maxLength={max}
            showCount
            placeholder={t('reason.placeholder')}
            onChange={(event) => setReason(event.target.value)}
          />
        </Form.Item>
      </Form>
      {props.error ? <Alert type="error" showIcon title={errorOf(props.error)} /> : null}
    </Modal>
  );
}
