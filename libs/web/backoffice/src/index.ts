export { AdminApp } from './admin-app';
export { PortalApp } from './portal-app';
