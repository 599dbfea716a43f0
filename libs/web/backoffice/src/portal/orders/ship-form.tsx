import { AutoComplete, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PortalFulfilmentDto, ShipFulfilmentRequest } from '@shanhai/shared/contracts';
import { useErrorMessage } from '@shanhai/web/shared';
import { useShip } from '../api/portal-api';
import { showFieldErrors } from '../shell/field-errors';
import { PORTAL_NS } from '../shell/portal-messages';

// The carriers most parcels from Huangping leave with; any other name may be typed.
const CARRIERS = ['中国邮政 EMS', '顺丰速运', '京东物流', '中通快递', '圆通速递', '韵达快递', '申通快递'];

export type ShipProblem = 'carrierRequired' | 'carrierTooLong' | 'trackingRequired' | 'trackingFormat';

/** The ship request's own rules (ShipFulfilmentSchema), checked before sending. */
export function shipProblems(values: {
  carrier?: string;
  trackingNumber?: string;
}): Partial<Record<keyof ShipFulfilmentRequest, ShipProblem>> {
  const problems: Partial<Record<keyof ShipFulfilmentRequest, ShipProblem>> = {};
  const carrier = (values.carrier ?? '').trim();
  const tracking = (values.trackingNumber ?? '').trim();
  if (carrier === '') problems.carrier = 'carrierRequired';
  else if (carrier.length > 40) problems.carrier = 'carrierTooLong';
  if (tracking === '') problems.trackingNumber = 'trackingRequired';
  else if (!/^[A-Za-z0-9-]{6,40}$/.test(tracking)) problems.trackingNumber = 'trackingFormat';
  return problems;
}

/** Marking a shipment shipped: the carrier and the tracking number the buyer will follow. */
export function ShipModal({ fulfilment, onClose }: { fulfilment: PortalFulfilmentDto; onClose: () => void }) {
  const { t } = useTranslation(PORTAL_NS);
  const messageOf = useErrorMessage(PORTAL_NS);
  const [form] = Form.useForm<ShipFulfilmentRequest>();
  const ship = useShip();
  const rule = (field: keyof ShipFulfilmentRequest) => ({
    validator: (_: unknown, value: string | undefined) => {
      const problem = shipProblems({ ...form.getFieldsValue(), [field]: value })[field];
      return problem ? Promise.reject(new Error(t(`orders.ship.${problem}`))) : Promise.resolve();
    },
  });
  return (
    <Modal
      open
      title={t('orders.ship.title', { number: fulfilment.orderNumber })}
      okText={t('orders.ship.confirm')}
      cancelText={t('form.cancel')}
      confirmLoading={ship.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<ShipFulfilmentRequest>
        form={form}
        layout="vertical"
        aria-label={t('orders.ship.title', { number: fulfilment.orderNumber })}
        onFinish={(values) =>
          ship.mutate(
            {
              fulfilment,
              request: { carrier: values.carrier.trim(), trackingNumber: values.trackingNumber.trim() },
            },
            { onSuccess: onClose, onError: (error) => showFieldErrors(form, error) },
          )
        }
      >
        {ship.isError && (
          <p role="alert" className="co-error-text">
            {messageOf(ship.error)}
          </p>
        )}
        <Form.Item name="carrier" label={t('orders.ship.carrier')} rules={[rule('carrier')]}>
          <AutoComplete options={CARRIERS.map((c) => ({ value: c }))} filterOption />
        </Form.Item>
        <Form.Item
          name="trackingNumber"
          label={t('orders.ship.trackingNumber')}
          rules={[rule('trackingNumber')]}
        >
          <Input maxLength={40} autoComplete="off" spellCheck={false} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
