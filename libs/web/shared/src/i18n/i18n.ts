import i18next, { type BackendModule, type i18n as I18n, type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { Locales, type Locale } from '@shanhai/shared/contracts';
import { commonMessages } from './common-messages';

/** Where the chosen language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = 'shanhai.language';
export const DEFAULT_LANGUAGE: Locale = 'zh-CN';

/** The same message tree with every leaf a string: the English bundle must have every Chinese key. */
export type MessagesOf<T> = { [K in keyof T]: T[K] extends string ? string : MessagesOf<T[K]> };

/** Messages bundled in the entry, or a loader for a chunk fetched the first time the language is used. */
export type MessagesSource<T> = T | (() => Promise<T>);

/**
 * One i18next namespace in both languages, bundled with the code that uses it. The default
 * language is given inline; the other one as a loader, so a page carries only the words it shows.
 */
export interface MessageBundle<T extends object = object> {
  namespace: string;
  messages: Record<Locale, MessagesSource<T>>;
}

export interface CreateI18nOptions {
  /** Namespaces of the feature libs; `common` (the shared primitives) is always included. */
  bundles?: readonly MessageBundle[];
  /** Forces a language; otherwise the stored choice, else zh-CN. */
  language?: Locale;
  /** Called for a key that exists in no language; tests make it throw. */
  onMissingKey?: (namespace: string, key: string) => void;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (Locales as readonly string[]).includes(value);
}

function storedLanguage(): Locale | null {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY);
    return isLocale(value) ? value : null;
  } catch {
    // Storage can be disabled (private mode, sandboxed frames): fall back to the default.
    return null;
  }
}

function rememberLanguage(language: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // see storedLanguage
  }
}

function isLoader<T extends object>(source: MessagesSource<T>): source is () => Promise<T> {
  return typeof source === 'function';
}

// The loaders of each instance's backend, so namespaces can be added after start (addMessageBundles).
// Keyed by the instance's services: react-i18next hands components a copy of the instance that
// shares them.
const instanceLoaders = new WeakMap<object, Map<string, () => Promise<object>>>();

/** An i18next backend that reads the lazily bundled languages from their chunks. */
function chunkBackend(loaders: Map<string, () => Promise<object>>): BackendModule {
  return {
    type: 'backend',
    callbackApi: true,
    init: () => undefined,
    read: (language, namespace, callback) => {
      const load = loaders.get(`${language}/${namespace}`);
      if (!load) {
        callback(null, {});
        return;
      }
      load().then(
        (messages) => callback(null, messages as Record<string, unknown>),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
      );
    },
  };
}

/**
 * A fresh i18next instance wired to React, resolved once the chosen language's messages are in.
 * All messages ship with the app (no translation server); the language persists in localStorage
 * and is mirrored on `<html lang>`. Switching language with `changeLanguage` loads its chunk first.
 */
export async function createI18n(options: CreateI18nOptions = {}): Promise<I18n> {
  const bundles = [commonMessages, ...(options.bundles ?? [])];
  const resources: Resource = {};
  const loaders = new Map<string, () => Promise<object>>();
  for (const locale of Locales) {
    resources[locale] = {};
    for (const bundle of bundles) {
      const source = bundle.messages[locale];
      if (isLoader(source)) loaders.set(`${locale}/${bundle.namespace}`, source);
      else resources[locale][bundle.namespace] = source;
    }
  }
  const lng = options.language ?? storedLanguage() ?? DEFAULT_LANGUAGE;
  const onMissingKey = options.onMissingKey;

  const instance = i18next.createInstance();
  await instance
    .use(chunkBackend(loaders))
    .use(initReactI18next)
    .init({
      resources,
      partialBundledLanguages: true,
      lng,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...Locales],
      load: 'currentOnly',
      // The shell's namespaces (inline in the default language) load at start; a page's namespace
      // loads when the page first uses it.
      ns: bundles.filter((b) => !isLoader(b.messages[DEFAULT_LANGUAGE])).map((b) => b.namespace),
      defaultNS: commonMessages.namespace,
      initAsync: false,
      interpolation: { escapeValue: false },
      // A page whose namespace is not loaded yet suspends into the route's fallback instead of showing keys.
      react: { useSuspense: true },
      saveMissing: onMissingKey !== undefined,
      missingKeyHandler: onMissingKey
        ? (_lngs, ns, key) => {
            onMissingKey(ns, key);
          }
        : false,
    });
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
  instance.on('languageChanged', rememberLanguage);
  instanceLoaders.set(instance.services, loaders);
  return instance;
}

/**
 * Adds namespaces to a running instance, for a lazily loaded area of the app: the shell then
 * carries neither its words nor its loaders. Call it before the area's components ask for them;
 * calling it again changes nothing.
 */
export function addMessageBundles(i18n: I18n, bundles: readonly MessageBundle[]): void {
  const loaders = instanceLoaders.get(i18n.services);
  for (const bundle of bundles) {
    for (const locale of Locales) {
      const source = bundle.messages[locale];
      if (isLoader(source)) loaders?.set(`${locale}/${bundle.namespace}`, source);
      else i18n.addResourceBundle(locale, bundle.namespace, source, true, false);
    }
  }
}
