import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorCatalogue } from '../../server/http/errors.ts';
import { mailMessages } from '../../server/messages/mail.messages.ts';

// Every visible string comes from the catalogues; these checks keep nl and en complete and in step.
const webRoot = join(import.meta.dirname, '..');
const languages = ['nl', 'en'] as const;

type Catalogue = Record<string, string>;

function flatten(value: unknown, prefix = '', into: Catalogue = {}): Catalogue {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, into);
  } else {
    into[prefix] = String(value);
  }
  return into;
}

const readCatalogue = (path: string): Catalogue => flatten(JSON.parse(readFileSync(path, 'utf8')));

const catalogueFor = (dir: string) =>
  Object.fromEntries(
    languages.map((lng) => {
      const path = join(dir, `${lng}.json`);
      return [lng, existsSync(path) ? readCatalogue(path) : {}];
    }),
  ) as Record<(typeof languages)[number], Catalogue>;

// "translation" is the shared catalogue; each features/<feature>/locales folder is a namespace of its own.
const featuresDir = join(webRoot, 'features');
const featureNamespaces = readdirSync(featuresDir).filter((feature) =>
  existsSync(join(featuresDir, feature, 'locales')),
);
const catalogues: Record<string, Record<(typeof languages)[number], Catalogue>> = {
  translation: catalogueFor(join(webRoot, 'i18n', 'locales')),
  ...Object.fromEntries(
    featureNamespaces.map((feature) => [feature, catalogueFor(join(featuresDir, feature, 'locales'))]),
  ),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) && !/\.(test|gen)\.tsx?$/.test(name) ? [path] : [];
  });
}

/** A key is there when the catalogue has it, or its plural forms (i18next: key_one, key_other). */
const has = (catalogue: Catalogue, key: string) => key in catalogue || `${key}_other` in catalogue;

// Literal keys only: t('a.b'), t("a.b") and navigation's labelKey/titleKey: 'a.b'. Keys built at run
// time (t(`roles.${role}`)) are covered by the explicit lists below.
const keyPattern = /\bt\(\s*(['"])([^'"`$\s]+)\1|\b(?:labelKey|titleKey):\s*'([^']+)'/g;

function usedKeys(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(keyPattern)].map((match) => match[2] ?? match[3] ?? '');
}

describe('translation catalogues', () => {
  for (const namespace of Object.keys(catalogues)) {
    it(`${namespace}: nl and en have the same keys`, () => {
      const nl = Object.keys(catalogues[namespace]!.nl).sort();
      const en = Object.keys(catalogues[namespace]!.en).sort();
      expect(
        nl.filter((key) => !en.includes(key)),
        'in nl, missing from en',
      ).toEqual([]);
      expect(
        en.filter((key) => !nl.includes(key)),
        'in en, missing from nl',
      ).toEqual([]);
    });

    it(`${namespace}: no empty messages`, () => {
      for (const lng of languages) {
        const empty = Object.entries(catalogues[namespace]![lng]).filter(([, message]) => !message.trim());
        expect(empty.map(([key]) => `${lng}:${key}`)).toEqual([]);
      }
    });
  }

  it('every key used in src/web is in both catalogues', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(webRoot)) {
      // A feature's own files read its namespace first (useTranslation('<feature>')), then the shared one.
      const [, feature] = /^features[\\/]([^\\/]+)/.exec(relative(webRoot, file)) ?? [];
      for (const used of usedKeys(file)) {
        const [namespace, key] = used.includes(':') ? (used.split(':', 2) as [string, string]) : [null, used];
        for (const lng of languages) {
          const found = namespace
            ? has(catalogues[namespace]?.[lng] ?? {}, key)
            : has(catalogues.translation![lng], key) ||
              (feature !== undefined && has(catalogues[feature]?.[lng] ?? {}, key));
          if (!found) missing.push(`${lng}: ${used} (${relative(webRoot, file)})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('every server error code has a message, so the UI never says "unknown error"', () => {
    const codes = [...Object.keys(errorCatalogue), 'network', 'fallback', 'checkFields'];
    for (const lng of languages) {
      expect(codes.filter((code) => !has(catalogues.translation![lng], `errors.${code}`))).toEqual([]);
    }
  });

  it('every audit action the server records has a name in the audit log', () => {
    const serverRoot = join(webRoot, '..', 'server');
    const actions = new Set<string>();
    const subjects = new Set<string>();
    for (const file of sourceFiles(serverRoot)) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\baction: '([a-z_]+(?:\.[a-z_]+)+)'/g)) actions.add(match[1]!);
      // The event catalogues themselves (defineEvents), so an action recorded through a variable is named too.
      if (file.endsWith('.events.ts'))
        for (const match of text.matchAll(/^\s+'([a-z_]+(?:\.[a-z_]+)+)': '[a-z_]+',?$/gm))
          actions.add(match[1]!);
      for (const match of text.matchAll(/\bsubjectType: '([a-z_]+)'/g)) subjects.add(match[1]!);
    }
    expect(actions.size).toBeGreaterThan(10);
    for (const lng of languages) {
      const missing = [...actions].filter(
        (action) => !has(catalogues.translation![lng], `audit.actions.${action}`),
      );
      expect(missing, lng).toEqual([]);
    }
  });

  it('keys built at run time exist', () => {
    const dynamic = [
      ...['employee', 'manager', 'hr_admin', 'ld_admin', 'owner', 'coach', 'ambassador', 'works_council'].map(
        (role) => `roles.${role}`,
      ),
      ...['hr_admin', 'ld_admin', 'owner', 'coach', 'ambassador', 'works_council'].map(
        (role) => `roles.hints.${role}`,
      ),
      ...['active', 'leaving', 'left'].map((status) => `person.status.${status}`),
      ...['none', 'invited', 'active'].map((account) => `person.account.${account}`),
      ...['current', 'active', 'leaving', 'left', 'all'].map((status) => `people.statusFilter.${status}`),
      ...['name', '-name', 'unit', '-unit', 'jobTitle', '-jobTitle', 'startDate', '-startDate'].map(
        (sort) => `people.sort.${sort}`,
      ),
      ...['organisation', 'division', 'department', 'team'].map((kind) => `org.kinds.${kind}`),
      ...['person', 'token', 'system'].map((actor) => `audit.actors.${actor}`),
      ...[
        ...readFileSync(join(webRoot, 'features', 'admin', 'audit-page.tsx'), 'utf8').matchAll(
          /^ {2}'([a-z_]+)',$/gm,
        ),
      ].map((match) => `audit.subjects.${match[1]}`),
      ...['people_read', 'people_write', 'audit_read'].map((scope) => `apiTokens.scopes.${scope}`),
      ...['active', 'revoked', 'expired'].map((state) => `apiTokens.states.${state}`),
      ...['reset', 'welcome'].flatMap((purpose) =>
        ['title', 'intro', 'submit'].map((part) => `auth.${purpose}.${part}`),
      ),
      ...['nl', 'en'].map((locale) => `languages.${locale}`),
      // Every kind of mail the outbox can hold has words, so the log never shows a code.
      ...Object.keys(mailMessages).map((kind) => `outbox.kinds.${kind}`),
      ...[
        'incorrect',
        'passwordTooShort',
        'required',
        'email',
        'taken',
        'managerCycle',
        'endBeforeStart',
        'lastOwner',
        'ownerOnly',
        'unknownReference',
        'tooLong',
        'invalid',
        'passwordMismatch',
        'tooShort',
        'unitCycle',
        'emailLocked',
        'personOnly',
      ].map((code) => `fieldErrors.${code}`),
    ];
    for (const lng of languages) {
      expect(dynamic.filter((key) => !has(catalogues.translation![lng], key))).toEqual([]);
    }
  });
});
