// The console's pages, one chunk loaded when the first of them is opened (Ant Design is the shell's).
export { CooperativesPage } from './cooperatives-page';
export { ProductsPage } from './products-page';
export { CertificatesPage } from './certificates-page';
export { OrdersPage } from './orders-page';
export { OrderPage } from './order-page';
export { UsersPage } from './users-page';
export { AuditPage } from './audit-page';
