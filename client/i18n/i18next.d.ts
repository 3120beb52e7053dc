import type { Resources } from './resources.ts';

// English is the reference: a key missing from the English files is a type error in t().
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Resources };
  }
}
