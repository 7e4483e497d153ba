/**
 * JSON-LD for reports: `NewsArticle`, or `AnalysisNewsArticle` for an analysis, typed at compile
 * time with schema-dts. Pure: every URL and date is passed in.
 */
import type { AnalysisNewsArticle, CreativeWork, NewsArticle, Thing, WithContext } from 'schema-dts';

/** A source as the structured data cites it. */
export interface CitedSource {
  title: string;
  /** The original address when known; else the archive's source record. */
  url: string;
  /** The outlet's name when known. */
  publisher?: string | undefined;
  /** ISO date at its known precision (`2024`, `2024-12`, `2024-12-23`). */
  datePublished?: string | undefined;
  authors: readonly string[];
}

/** An entity a report is about or mentions, for `about`/`mentions` once entity pages exist. */
export interface LinkedEntity {
  name: string;
  url: string;
  /** schema.org type, e.g. `Person`, `Organization`, `Place`. */
  type: 'Person' | 'Organization' | 'Place' | 'Thing';
}

/** Everything the JSON-LD of a report says. */
export interface ArticleFacts {
  kind: 'report' | 'analysis';
  headline: string;
  description: string;
  url: string;
  image: string;
  datePublished: Date;
  dateModified: Date;
  /** The byline; the archive itself (an organisation) when it equals the publisher's name. */
  author: string;
  publisher: { name: string; url: string; logo: string };
  section: string;
  keywords: readonly string[];
  citations: readonly CitedSource[];
  about?: readonly LinkedEntity[];
  mentions?: readonly LinkedEntity[];
}

function entity(e: LinkedEntity): Thing {
  return { '@type': e.type, name: e.name, url: e.url };
}

function citation(source: CitedSource): CreativeWork {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    url: source.url,
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(source.datePublished ? { datePublished: source.datePublished } : {}),
    ...(source.authors.length > 0
      ? { author: source.authors.map((name) => ({ '@type': 'Person' as const, name })) }
      : {}),
  };
}

/** The JSON-LD object for one report or analysis. */
export function buildArticleJsonLd(
  facts: ArticleFacts,
): WithContext<NewsArticle> | WithContext<AnalysisNewsArticle> {
  const body = {
    headline: facts.headline,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: { '@type': 'WebPage' as const, '@id': facts.url },
    image: [facts.image],
    datePublished: facts.datePublished.toISOString(),
    dateModified: facts.dateModified.toISOString(),
    author: [
      facts.author === facts.publisher.name
        ? { '@type': 'Organization' as const, name: facts.author, url: facts.publisher.url }
        : { '@type': 'Person' as const, name: facts.author },
    ],
    publisher: {
      '@type': 'NewsMediaOrganization' as const,
      name: facts.publisher.name,
      url: facts.publisher.url,
      logo: { '@type': 'ImageObject' as const, url: facts.publisher.logo },
    },
    articleSection: facts.section,
    keywords: facts.keywords.join(', '),
    inLanguage: 'en',
    isAccessibleForFree: true,
    citation: facts.citations.map(citation),
    ...(facts.about?.length ? { about: facts.about.map(entity) } : {}),
    ...(facts.mentions?.length ? { mentions: facts.mentions.map(entity) } : {}),
  };
  if (facts.kind === 'analysis')
    return { '@context': 'https://schema.org', '@type': 'AnalysisNewsArticle', ...body };
  return { '@context': 'https://schema.org', '@type': 'NewsArticle', ...body };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the script. */
export function serialiseJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
