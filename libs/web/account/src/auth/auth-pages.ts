// The four pages share one lazily loaded chunk (and zod with it).
export { LoginPage } from './login-page';
export { RegisterPage } from './register-page';
export { ForgotPasswordPage } from './forgot-password-page';
export { ResetPasswordPage } from './reset-password-page';
