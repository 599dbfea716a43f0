import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { CertificateSubmissionDto, PortalProductDto } from '@shanhai/shared/contracts';
import { catalogueRoutes } from '../../testing/fixtures';
import { failure, stubApi } from '../../testing/stub-api';
import { choose, FIRST_RENDER, memberSession, renderPortal } from '../testing/render-portal';

const PRODUCT_ID = '2f1e0d9c-8b7a-4695-8483-72615f4e3d2c';
const SUBMISSION_ID = '9e8d7c6b-5a49-4837-a625-14f3e2d1c0b9';

const product = {
  id: PRODUCT_ID,
  slug: 'dried-termite-mushroom',
  name: { zh: '鸡枞菌干', en: 'Dried termite mushroom' },
  description: { zh: '', en: '' },
  categorySlug: 'fungi',
  villageSlug: 'hekou',
  status: 'draft',
  reviewStatus: 'pending',
  reviewReason: null,
  variants: [],
  images: [],
  aidCertified: false,
  createdAt: '2026-11-29T02:00:00.000Z',
  updatedAt: '2026-11-29T02:00:00.000Z',
} satisfies PortalProductDto;

const submission: CertificateSubmissionDto = {
  submissionId: SUBMISSION_ID,
  certificateId: null,
  productId: PRODUCT_ID,
  productName: product.name,
  cooperativeSlug: 'langdong-fungi-park',
  number: '黔扶认〔2026〕001号',
  issuer: '黄平县乡村振兴局',
  validFrom: '2026-01-01',
  validTo: '2027-12-31',
  scanUrl: null,
  status: 'pending',
  reason: null,
  submittedAt: '2026-11-29T02:00:00.000Z',
  reviewedAt: null,
};

async function fillCertificate(user: ReturnType<typeof userEvent.setup>) {
  await choose(user, '商品', '鸡枞菌干');
  await user.type(screen.getByRole('textbox', { name: '证书编号' }), '黔扶认〔2026〕001号');
  await user.type(screen.getByRole('textbox', { name: '发证机关' }), '黄平县乡村振兴局');
  const scan = new File([new Uint8Array([0xff, 0xd8, 0xff])], 'scan.jpg', { type: 'image/jpeg' });
  const input = document.querySelector<HTMLInputElement>('form input[type="file"]');
  if (!input) throw new Error('no file input');
  await user.upload(input, scan);
  // dates typed as antd's pickers take them, confirmed with Enter
  await user.type(screen.getByRole('textbox', { name: '有效期自' }), '2026-01-01{Enter}');
  await user.type(screen.getByRole('textbox', { name: '有效期至' }), '2027-12-31{Enter}');
}

describe('submitting a certificate', { timeout: 60_000 }, () => {
  it('sends the certificate, then its scan as multipart to the new submission', async () => {
    const api = stubApi({
      'GET /api/auth/me': memberSession,
      ...catalogueRoutes,
      'GET /api/co/products': [product],
      'GET /api/co/certificates': [],
      [`POST /api/co/products/${PRODUCT_ID}/certificates`]: submission,
      [`POST /api/co/certificates/${SUBMISSION_ID}/scan`]: { ...submission, scanUrl: '/media/scan' },
    });
    const user = userEvent.setup();
    await renderPortal({ url: '/co/certificates' });
    await screen.findByRole('heading', { level: 1, name: '帮扶认定证书' }, FIRST_RENDER);
    await fillCertificate(user);
    await waitFor(() => expect(api.sent(`POST /api/co/certificates/${SUBMISSION_ID}/scan`)).toHaveLength(1));
    expect(api.sent(`POST /api/co/products/${PRODUCT_ID}/certificates`)[0].body).toEqual({
      number: '黔扶认〔2026〕001号',
      issuer: '黄平县乡村振兴局',
      validFrom: '2026-01-01',
      validTo: '2027-12-31',
    });
    const form = api.sent(`POST /api/co/certificates/${SUBMISSION_ID}/scan`)[0].form;
    expect((form?.get('file') as File | null)?.name).toBe('scan.jpg');
  });

  it('says the certificate was kept when its scan is refused (415)', async () => {
    stubApi({
      'GET /api/auth/me': memberSession,
      ...catalogueRoutes,
      'GET /api/co/products': [product],
      'GET /api/co/certificates': [],
      [`POST /api/co/products/${PRODUCT_ID}/certificates`]: submission,
      [`POST /api/co/certificates/${SUBMISSION_ID}/scan`]: failure(415, 'UNSUPPORTED_MEDIA_TYPE', {
        fields: { file: ['must be a JPEG, PNG or WebP image'] },
      }),
    });
    const user = userEvent.setup();
    await renderPortal({ url: '/co/certificates' });
    await screen.findByRole('heading', { level: 1, name: '帮扶认定证书' }, FIRST_RENDER);
    await fillCertificate(user);
    expect(
      await screen.findByText('证书已提交,但扫描件未能上传: 不支持这种文件,请上传 JPEG、PNG 或 WebP 图片。'),
    ).toBeInTheDocument();
  });
});
