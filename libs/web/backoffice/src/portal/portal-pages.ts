// The portal's pages in one chunk beside the shell: forms and tables, no charts.
export { PortalHomePage } from './home/home-page';
export { ApplyPage } from './apply/apply-page';
export { ProductsPage } from './products/products-page';
export { NewProductPage } from './products/new-product-page';
export { ProductPage } from './products/product-page';
export { CertificatesPage } from './certificates/certificates-page';
export { OrdersPage } from './orders/orders-page';
export { PickListPage } from './orders/pick-list-page';
export { PayoutsPage } from './payouts/payouts-page';
export { MembersPage } from './members/members-page';
export { JoinPage } from './join/join-page';
