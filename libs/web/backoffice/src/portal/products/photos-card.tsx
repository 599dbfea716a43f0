import { App, Button, Card, Image, Space, Upload } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PortalProductDto } from '@shanhai/shared/contracts';
import { useErrorMessage } from '@shanhai/web/shared';
import { useRemoveProductImage, useUploadProductImage } from '../api/portal-api';
import { PORTAL_NS } from '../shell/portal-messages';

/** A product's photos as thumbnails; upload (one file per request, multipart) and remove. */
export function PhotosCard({ product }: { product: PortalProductDto }) {
  const { t } = useTranslation(PORTAL_NS);
  const messageOf = useErrorMessage(PORTAL_NS);
  const { message } = App.useApp();
  const upload = useUploadProductImage(product.id);
  const remove = useRemoveProductImage(product.id);
  return (
    <Card title={t('products.photos.title')}>
      <Space wrap size="middle">
        {product.images.map((image, index) => (
          <Space key={image.id} direction="vertical" align="center" className="co-photo">
            <Image
              width={104}
              height={104}
              src={image.thumbUrl ?? image.url}
              alt={t('products.photos.alt', { n: index + 1 })}
            />
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              loading={remove.isPending && remove.variables === image.id}
              onClick={() =>
                remove.mutate(image.id, { onError: (error) => void message.error(messageOf(error)) })
              }
            >
              {t('products.photos.remove')}
            </Button>
          </Space>
        ))}
      </Space>
      <Upload
        accept="image/jpeg,image/png,image/webp"
        showUploadList={false}
        customRequest={({ file, onSuccess, onError }) => {
          upload.mutate(file as File, {
            onSuccess: (image) => {
              onSuccess?.(image);
              void message.success(t('products.photos.uploaded'));
            },
            onError: (error) => {
              onError?.(error);
              void message.error(messageOf(error));
            },
          });
        }}
      >
        <Button icon={<UploadOutlined />} loading={upload.isPending} className="co-upload-button">
          {t('products.photos.upload')}
        </Button>
      </Upload>
      {upload.isError && (
        <p role="alert" className="co-error-text" data-testid="photo-error">
          {messageOf(upload.error)}
        </p>
      )}
      <p className="co-hint">{t('products.photos.hint')}</p>
    </Card>
  );
}
