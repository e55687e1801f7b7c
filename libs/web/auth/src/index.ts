export { authRoutes } from './lib/auth.routes';
export { authNamespace, authTranslations } from './lib/i18n/auth.translations';
