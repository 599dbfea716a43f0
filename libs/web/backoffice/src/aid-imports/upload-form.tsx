import { useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Alert, Button, Card, Form, Select, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import {
  AidImportChannels,
  type AidImportChannel,
  type AidImportListItemDto,
} from '@shanhai/shared/contracts';
import { isApiError, useErrorMessage } from '@shanhai/web/shared';
import { DuplicateUploadError, useUploadAidImport } from '../api/upload-aid-import';
import { useSessionEndsOn401 } from '../shell/admin-gate';
import { BACKOFFICE_NS } from '../shell/backoffice-messages';
import { sha256Hex, uploadRefusal } from './import-phase';
import { AID_IMPORTS_NS } from './imports-messages';

// A 400 about the form's fields gets the page's own sentence; another (an empty file) its code's.
const isValidationFailure = (error: unknown) => isApiError(error) && error.code === 'VALIDATION_FAILED';

/**
 * The earlier upload of the same bytes: named by the API's answer, else found by the file's
 * SHA-256 among the listed imports.
 */
function useEarlierUpload(
  file: File | null,
  error: unknown,
  imports: readonly AidImportListItemDto[],
): string | undefined {
  const [sha, setSha] = useState<string | null>(null);
  const named = error instanceof DuplicateUploadError ? error.earlierImportId : undefined;
  const active = uploadRefusal(error) === 'duplicate' && !named;
  useEffect(() => {
    if (!active || !file) return;
    let current = true;
    void sha256Hex(file).then((hex) => {
      if (current) setSha(hex);
    });
    return () => {
      current = false;
    };
  }, [active, file]);
  return named ?? (active && sha ? imports.find((i) => i.sha256 === sha)?.id : undefined);
}

/**
 * Choose the reporting channel and the file; the upload is answered at once (202) and checked in
 * the background, so the page moves on to the import's own page, which follows the check.
 */
export function UploadForm({ imports }: { imports: readonly AidImportListItemDto[] }) {
  const { t } = useTranslation([AID_IMPORTS_NS, BACKOFFICE_NS]);
  const messageOf = useErrorMessage(BACKOFFICE_NS);
  const navigate = useNavigate();
  const upload = useUploadAidImport();
  useSessionEndsOn401(upload.error);
  const [channel, setChannel] = useState<AidImportChannel | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [tried, setTried] = useState(false);
  const refusal = upload.isError ? uploadRefusal(upload.error) : null;
  const earlier = useEarlierUpload(file, upload.error, imports);

  const submit = () => {
    setTried(true);
    if (!channel || !file) return;
    upload.mutate(
      { channel, file },
      { onSuccess: (created) => void navigate(`/admin/aid/imports/${created.id}`) },
    );
  };

  return (
    <Card title={<h2 className="bo-card-title">{t('upload.title')}</h2>} data-testid="import-upload">
      <Form layout="vertical" onFinish={submit} requiredMark>
        <Form.Item
          label={t('upload.channel')}
          htmlFor="import-channel"
          required
          validateStatus={tried && !channel ? 'error' : undefined}
          help={tried && !channel ? t('upload.channelRequired') : undefined}
        >
          <Select
            id="import-channel"
            value={channel}
            onChange={(value) => setChannel(value)}
            options={AidImportChannels.map((c) => ({
              value: c,
              label: t(`channels.${c}`, { ns: BACKOFFICE_NS }),
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('upload.file')}
          required
          validateStatus={tried && !file ? 'error' : undefined}
          help={tried && !file ? t('upload.fileRequired') : undefined}
        >
          <Upload.Dragger
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            maxCount={1}
            multiple={false}
            fileList={file ? [{ uid: 'chosen', name: file.name, status: 'done', size: file.size }] : []}
            beforeUpload={(chosen) => {
              setFile(chosen);
              upload.reset();
              // kept here and sent with the channel on submit, not uploaded on its own
              return false;
            }}
            onRemove={() => {
              setFile(null);
              upload.reset();
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('upload.fileHint')}</p>
          </Upload.Dragger>
        </Form.Item>
        {upload.isError && (
          <Alert
            type="error"
            showIcon
            className="bo-gap"
            data-testid="upload-refused"
            data-refusal={refusal ?? undefined}
            title={
              refusal === null ||
              refusal === 'other' ||
              (refusal === 'invalid' && !isValidationFailure(upload.error))
                ? messageOf(upload.error)
                : t(`refusals.${refusal}`)
            }
            description={
              earlier ? (
                <Link to={`/admin/aid/imports/${earlier}`}>{t('refusals.duplicateLink')}</Link>
              ) : undefined
            }
          />
        )}
        <Button type="primary" htmlType="submit" loading={upload.isPending} data-testid="upload-submit">
          {t('upload.submit')}
        </Button>
      </Form>
    </Card>
  );
}
